import { describe, expect, it } from 'vitest';
import type { BusinessCard } from '../../shared/cards.ts';
import { escapeText, foldLine } from '../../shared/contentLines.ts';
import { vCardOf, vCardsOf } from '../../shared/vcard.ts';

const CARD: BusinessCard = {
  userId: '5f0c3c1e-8d1b-4a7e-9a55-0d6b1f0f2a11',
  name: 'Aigerim Sadykova',
  country: 'kz',
  role: 'delegate',
  organisation: 'Astana Hub; Tech Park, Almaty',
  title: 'Head of partnerships\nCentral Asia',
  email: 'aigerim@astanahub.kz',
  phone: '+7 (701) 555-12-34',
  website: 'https://astanahub.com/en/partners',
};
const WORDS = { countryName: 'Kazakhstan', note: 'Exchanged at the expo, Kazakhstan pavilion' };

/** A vCard's logical lines: folds undone (a line break followed by one space is removed). */
function unfold(text: string): string[] {
  return text.replace(/\r\n /g, '').split('\r\n').filter(Boolean);
}

describe('the vCard writer', () => {
  it('escapes backslashes, commas, semicolons and line breaks in text', () => {
    expect(escapeText('a\\b, c; d\ne\r\nf')).toBe('a\\\\b\\, c\\; d\\ne\\nf');
  });

  it('writes a vCard 4.0 with the card fields, escaped, with CRLF line ends', () => {
    const text = vCardOf(CARD, WORDS);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = unfold(text);
    expect(lines.slice(0, 2)).toEqual(['BEGIN:VCARD', 'VERSION:4.0']);
    expect(lines.at(-1)).toBe('END:VCARD');
    expect(lines).toContain('FN:Aigerim Sadykova');
    expect(lines).toContain('ORG:Astana Hub\\; Tech Park\\, Almaty');
    expect(lines).toContain('TITLE:Head of partnerships\\nCentral Asia');
    expect(lines).toContain('EMAIL;TYPE=work:aigerim@astanahub.kz');
    expect(lines).toContain('TEL;VALUE=uri;TYPE=work,voice:tel:+77015551234');
    expect(lines).toContain('URL;TYPE=work:https://astanahub.com/en/partners');
    expect(lines).toContain('ADR;TYPE=work:;;;;;;Kazakhstan');
    expect(lines).toContain('NOTE:Exchanged at the expo\\, Kazakhstan pavilion');
    expect(lines).toContain(`UID:urn:uuid:${CARD.userId}`);
  });

  it('leaves out what the card does not give, and keeps a national number as text', () => {
    const bare = vCardOf(
      { ...CARD, organisation: '', title: '', email: '', website: '', phone: '8 701 555 12 34' },
      WORDS,
    );
    const lines = unfold(bare);
    expect(lines.some((l) => /^(ORG|TITLE|EMAIL|URL)[:;]/.test(l))).toBe(false);
    expect(lines).toContain('TEL;VALUE=text;TYPE=work,voice:8 701 555 12 34');
  });

  it('folds lines longer than 75 octets without splitting a character', () => {
    const long = `NOTE:${'Қазақстан павильоны, '.repeat(8)}🙂🙂🙂`;
    const folded = foldLine(long);
    const physical = folded.split('\r\n');
    expect(physical.length).toBeGreaterThan(1);
    for (const [i, line] of physical.entries()) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      if (i > 0) expect(line.startsWith(' ')).toBe(true);
      // A lone surrogate or a cut UTF-8 sequence would not survive the round trip.
      expect(Buffer.from(line, 'utf8').toString('utf8')).toBe(line);
      expect(line).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    }
    expect(physical.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(long);
    expect(foldLine('FN:short')).toBe('FN:short');
  });

  it('folds a long name in a whole card and unfolds to the same value', () => {
    const name = 'Ömer Faruk Yıldırımoğlu-Karaosmanoğlu, Special Envoy; Digital Cooperation Desk';
    const lines = unfold(vCardOf({ ...CARD, name }, WORDS));
    expect(lines).toContain(`FN:${escapeText(name)}`);
  });

  it('puts several cards one after another in one file', () => {
    const text = vCardsOf([
      { card: CARD, words: WORDS },
      { card: { ...CARD, userId: 'other', name: 'Mehmet' }, words: WORDS },
    ]);
    expect(text.match(/BEGIN:VCARD\r\n/g)).toHaveLength(2);
    expect(text.match(/END:VCARD\r\n/g)).toHaveLength(2);
  });
});
