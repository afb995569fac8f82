import { AnnouncementDraft, ANNOUNCEMENT_LIMITS } from '../../../shared/announcements.ts';
import { LANGUAGES, type Lang } from '../../../shared/languages.ts';

/** The text per language as the composer edits it; blank means "not written in that language". */
export type AnnouncementTextDraft = Record<Lang, string>;

export const emptyText = (): AnnouncementTextDraft =>
  Object.fromEntries(LANGUAGES.map((lang) => [lang, ''])) as AnnouncementTextDraft;

/** How long an announcement may run, as the composer offers it; null runs until ended. */
export const DURATIONS = [null, 15, 30, 60, 120, 240] as const;
export type Duration = (typeof DURATIONS)[number];

export const TEXT_LENGTH = ANNOUNCEMENT_LIMITS.textLength;

export type DraftCheck =
  { ok: true; body: AnnouncementDraft } | { ok: false; problem: 'englishMissing' | 'tooLong' | 'invalid'; lang?: Lang };

/** The request to send, or why not yet: English is required, and no language may run over the limit. */
export function checkDraft(text: AnnouncementTextDraft, minutes: Duration): DraftCheck {
  if (!text.en.trim()) return { ok: false, problem: 'englishMissing', lang: 'en' };
  const tooLong = LANGUAGES.find((lang) => text[lang].trim().length > TEXT_LENGTH);
  if (tooLong) return { ok: false, problem: 'tooLong', lang: tooLong };
  const written = Object.fromEntries(LANGUAGES.filter((l) => text[l].trim()).map((l) => [l, text[l].trim()]));
  const body = { text: written, ...(minutes ? { minutes } : {}) };
  const parsed = AnnouncementDraft.safeParse(body);
  return parsed.success ? { ok: true, body: parsed.data } : { ok: false, problem: 'invalid' };
}

/** The languages the draft has text in. */
export const writtenLanguages = (text: AnnouncementTextDraft): Set<Lang> =>
  new Set(LANGUAGES.filter((lang) => text[lang].trim()));
