import type { BoothContent } from '../../../shared/booths.ts';
import { LANGUAGES, type Lang, type LocalizedText } from '../../../shared/languages.ts';

/** The booth content as the form edits it: every language present, blank meaning "not translated". */
export type TextDraft = Record<Lang, string>;
export interface MemberDraft {
  key: string;
  name: string;
  role: TextDraft;
}
export interface LinkDraft {
  key: string;
  label: string;
  url: string;
}
export interface ContentDraft {
  name: TextDraft;
  tagline: TextDraft;
  description: TextDraft;
  team: MemberDraft[];
  links: LinkDraft[];
  videoUrl: string;
}

/** The limits of shared/booths.ts, repeated so the form can say them before the schema refuses. */
export const LIMITS = {
  name: 80,
  tagline: 140,
  description: 2000,
  role: 80,
  memberName: 80,
  linkLabel: 60,
  url: 500,
  team: 12,
  links: 8,
} as const;

export type TextField = 'name' | 'tagline' | 'description';
export const TEXT_FIELDS: readonly TextField[] = ['name', 'tagline', 'description'];

let lastKey = 0;
/** Rows need stable React keys that survive removing a row above them. */
export function rowKey(): string {
  lastKey += 1;
  return `row-${lastKey}`;
}

export function textDraft(text?: LocalizedText): TextDraft {
  const draft = {} as TextDraft;
  for (const lang of LANGUAGES) draft[lang] = text?.[lang] ?? '';
  return draft;
}

/** Blank translations are left out, so visitors in that language see the English text. */
export function textContent(draft: TextDraft): LocalizedText {
  const text: LocalizedText = { en: draft.en.trim() };
  for (const lang of LANGUAGES) {
    const value = draft[lang].trim();
    if (lang !== 'en' && value) text[lang] = value;
  }
  return text;
}

export function toDraft(content: BoothContent): ContentDraft {
  return {
    name: textDraft(content.name),
    tagline: textDraft(content.tagline),
    description: textDraft(content.description),
    team: content.team.map((m) => ({ key: rowKey(), name: m.name, role: textDraft(m.role) })),
    links: content.links.map((l) => ({ key: rowKey(), label: l.label, url: l.url })),
    videoUrl: content.videoUrl ?? '',
  };
}

/** The draft in the shape the server takes; not yet validated. */
export function fromDraft(draft: ContentDraft): BoothContent {
  const videoUrl = draft.videoUrl.trim();
  return {
    name: textContent(draft.name),
    tagline: textContent(draft.tagline),
    description: textContent(draft.description),
    team: draft.team.map((m) => ({ name: m.name.trim(), role: textContent(m.role) })),
    links: draft.links.map((l) => ({ label: l.label.trim(), url: l.url.trim() })),
    videoUrl: videoUrl === '' ? null : videoUrl,
  };
}

/** Two drafts are the same edit when they would save the same content. */
export function sameContent(a: ContentDraft, b: ContentDraft): boolean {
  return JSON.stringify(fromDraft(a)) === JSON.stringify(fromDraft(b));
}
