import type { Pavilion } from '../../../../shared/catalogue.ts';
import { PavilionEdit, SETUP_LIMITS } from '../../../../shared/eventSetup.ts';
import { LANGUAGES, type Lang, type LocalizedText } from '../../../../shared/languages.ts';

export type TextDraft = Record<Lang, string>;

export interface PavilionDraft {
  name: TextDraft;
  tagline: TextDraft;
  colors: Pavilion['colors'];
}

function draftOf(text: LocalizedText): TextDraft {
  return Object.fromEntries(LANGUAGES.map((lang) => [lang, text[lang] ?? ''])) as TextDraft;
}

function textOf(draft: TextDraft): Record<string, string> {
  return Object.fromEntries(LANGUAGES.flatMap((lang) => (draft[lang].trim() ? [[lang, draft[lang].trim()]] : [])));
}

export function pavilionDraft(pavilion: Pavilion): PavilionDraft {
  return { name: draftOf(pavilion.name), tagline: draftOf(pavilion.tagline), colors: { ...pavilion.colors } };
}

/** The request to send, or the key of what is wrong: English missing, or a text too long. */
export function checkPavilionDraft(
  draft: PavilionDraft,
): { ok: true; edit: PavilionEdit } | { ok: false; key: string; values?: Record<string, number> } {
  const parsed = PavilionEdit.safeParse({
    name: textOf(draft.name),
    tagline: textOf(draft.tagline),
    colors: draft.colors,
  });
  if (parsed.success) return { ok: true, edit: parsed.data };
  if (!draft.name.en.trim() || !draft.tagline.en.trim()) return { ok: false, key: 'setup.editor.englishRequired' };
  return {
    ok: false,
    key: 'setup.editor.tooLong',
    values: { name: SETUP_LIMITS.pavilionName, tagline: SETUP_LIMITS.pavilionTagline },
  };
}
