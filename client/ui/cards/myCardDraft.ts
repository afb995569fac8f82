import type { z } from 'zod';
import { CARD_FIELDS, CardFace, type CardField } from '../../../shared/cards.ts';
import type { Profile } from '../../../shared/profile.ts';
import type { FieldError } from '../exhibitor/contentErrors.ts';
import type { DraftCheck } from '../useCheckedForm.ts';

/** The card as typed: every field as text, empty meaning "not on my card". */
export type CardDraft = Record<CardField, string>;
export type CardErrors = Partial<Record<CardField, FieldError>>;

export function draftOf(profile: Profile): CardDraft {
  return Object.fromEntries(CARD_FIELDS.map((field) => [field, profile[field]])) as CardDraft;
}

/** The length limit an issue reports, also from inside "empty, or else ..." unions. */
function maximumOf(issue: z.core.$ZodIssue): number | undefined {
  if (issue.code === 'too_big') return Number(issue.maximum);
  if (issue.code === 'invalid_union') {
    for (const branch of issue.errors)
      for (const inner of branch) if (inner.code === 'too_big') return Number(inner.maximum);
  }
  return undefined;
}

/** Why the schema refused a field, in a translation key: too long, a control character, or not the right shape. */
function explain(field: CardField, value: string, issue: z.core.$ZodIssue): FieldError {
  const max = maximumOf(issue);
  if (max !== undefined) return { key: 'cards.mine.validation.tooLong', values: { max }, langs: [] };
  if (field === 'email' || field === 'phone' || field === 'website') {
    return { key: `cards.mine.validation.${field}`, langs: [] };
  }
  return /\p{Cc}/u.test(value)
    ? { key: 'cards.mine.validation.controlCharacters', langs: [] }
    : { key: 'cards.mine.validation.invalid', langs: [] };
}

/** Checks the draft with the schema the server applies, so that only a card it will accept is sent. */
export function checkCard(draft: CardDraft): DraftCheck<CardFace, CardField> {
  const result = CardFace.safeParse(draft);
  if (result.success) return { ok: true, request: result.data };
  const errors: CardErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0] as CardField;
    errors[field] ??= explain(field, draft[field], issue);
  }
  return { ok: false, errors };
}
