import { describe, expect, it } from 'vitest';
import { checkCard, draftOf } from '../../client/ui/cards/myCardDraft.ts';
import { EMPTY_PROFILE } from '../../shared/profile.ts';

const EMPTY = draftOf(EMPTY_PROFILE);

describe('My card, checked before it is sent', () => {
  it('accepts an empty card and a full one, trimmed as the server stores it', () => {
    expect(checkCard(EMPTY)).toEqual({ ok: true, request: EMPTY });
    const full = {
      organisation: ' Astana Hub ',
      title: 'Head of partnerships',
      email: 'a@astanahub.kz',
      phone: '+7 701 555 12 34',
      website: 'https://astanahub.com',
    };
    expect(checkCard(full)).toEqual({ ok: true, request: { ...full, organisation: 'Astana Hub' } });
  });

  it('names each field at fault with a translation key, the limit of a field too long included', () => {
    const check = checkCard({
      organisation: 'x'.repeat(121),
      title: 'bell\u0007',
      email: 'not an address',
      phone: 'call me',
      website: 'javascript:alert(1)',
    });
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.errors).toEqual({
      organisation: { key: 'cards.mine.validation.tooLong', values: { max: 120 }, langs: [] },
      title: { key: 'cards.mine.validation.controlCharacters', langs: [] },
      email: { key: 'cards.mine.validation.email', langs: [] },
      phone: { key: 'cards.mine.validation.phone', langs: [] },
      website: { key: 'cards.mine.validation.website', langs: [] },
    });
  });

  it('finds the limit inside "empty or else" fields too', () => {
    const check = checkCard({ ...EMPTY, email: `${'a'.repeat(200)}@example.org` });
    expect(check.ok ? null : check.errors.email).toEqual({
      key: 'cards.mine.validation.tooLong',
      values: { max: 200 },
      langs: [],
    });
  });
});
