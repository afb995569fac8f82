import type { z } from 'zod';
import { BoothContent } from '../../../shared/booths.ts';
import { LANGUAGES, type Lang } from '../../../shared/languages.ts';
import { fromDraft, LIMITS, type ContentDraft, type TextDraft } from './contentDraft.ts';

/** A translation key with its values, and the languages at fault so their tabs can be marked. */
export interface FieldError {
  key: string;
  values?: Record<string, string | number>;
  langs: Lang[];
}

/** Keyed by field: "name", "videoUrl", "team.2.role", "links.0.url". */
export type FieldErrors = Record<string, FieldError>;

function fieldOf(path: readonly PropertyKey[]): string {
  const [head, index, leaf] = path;
  if ((head === 'team' || head === 'links') && typeof index === 'number') return `${head}.${index}.${String(leaf)}`;
  return String(head ?? '');
}

function tooLongLangs(draft: TextDraft, max: number): Lang[] {
  return LANGUAGES.filter((lang) => draft[lang].trim().length > max);
}

/** A text in several languages: English missing, or too long somewhere. */
function textError(draft: TextDraft, max: number): FieldError {
  if (draft.en.trim() === '') return { key: 'exhibitor.validation.englishRequired', langs: ['en'] };
  return { key: 'exhibitor.validation.tooLongEach', values: { max }, langs: tooLongLangs(draft, max) };
}

function lineError(value: string, max: number): FieldError {
  if (value.trim() === '') return { key: 'exhibitor.validation.required', langs: [] };
  return { key: 'exhibitor.validation.tooLong', values: { max }, langs: [] };
}

function urlError(value: string): FieldError {
  if (value.trim() === '') return { key: 'exhibitor.validation.required', langs: [] };
  if (value.trim().length > LIMITS.url)
    return { key: 'exhibitor.validation.tooLong', values: { max: LIMITS.url }, langs: [] };
  return { key: 'exhibitor.validation.url', langs: [] };
}

/** Explains one field the schema refused, in words, from what the exhibitor typed. */
function explain(field: string, draft: ContentDraft): FieldError {
  const [head, index, leaf] = field.split('.');
  if (head === 'name' || head === 'tagline' || head === 'description') return textError(draft[head], LIMITS[head]);
  if (head === 'videoUrl') return urlError(draft.videoUrl);
  const i = Number(index);
  if (head === 'team') {
    const member = draft.team[i];
    if (!member) return { key: 'exhibitor.validation.teamTooMany', values: { max: LIMITS.team }, langs: [] };
    return leaf === 'role' ? textError(member.role, LIMITS.role) : lineError(member.name, LIMITS.memberName);
  }
  if (head === 'links') {
    const link = draft.links[i];
    if (!link) return { key: 'exhibitor.validation.linksTooMany', values: { max: LIMITS.links }, langs: [] };
    return leaf === 'url' ? urlError(link.url) : lineError(link.label, LIMITS.linkLabel);
  }
  return { key: 'exhibitor.validation.invalid', langs: [] };
}

function errorsOf(error: z.ZodError, draft: ContentDraft): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = fieldOf(issue.path);
    errors[field] ??= explain(field, draft);
  }
  return errors;
}

export type DraftCheck = { ok: true; content: BoothContent } | { ok: false; errors: FieldErrors };

/** Checks the draft with the same schema the server uses, so a save is only sent when it will be accepted. */
export function checkDraft(draft: ContentDraft): DraftCheck {
  const result = BoothContent.safeParse(fromDraft(draft));
  return result.success ? { ok: true, content: result.data } : { ok: false, errors: errorsOf(result.error, draft) };
}

export function validateDraft(draft: ContentDraft): FieldErrors {
  const check = checkDraft(draft);
  return check.ok ? {} : check.errors;
}

export function langsWithErrors(errors: FieldErrors): ReadonlySet<Lang> {
  return new Set(Object.values(errors).flatMap((e) => e.langs));
}
