import type { ExportSectionName } from '../../../../shared/exportFormat.ts';

/**
 * Which line of the console's "what is in the file" list tells of each section of the export, in
 * the order the export writes them. Keyed by every section name, so a section added to
 * shared/exportFormat.ts does not compile until the console says it is in the file.
 */
const LINE_OF = {
  event: 'catalogue',
  pavilions: 'catalogue',
  meetingHalls: 'halls',
  stageSlots: 'agendas',
  stageQuestions: 'agendas',
  meetings: 'meetings',
  invitations: 'invitations',
  people: 'people',
  leads: 'leads',
  boothVisits: 'visits',
  cardExchanges: 'cards',
  moderationLog: 'moderation',
  restrictions: 'moderation',
  announcements: 'announcements',
  reports: 'reports',
  chat: 'chat',
} as const satisfies Record<ExportSectionName, string>;

export type ContentsLine = (typeof LINE_OF)[ExportSectionName];

/** The sections, as this list knows them, in order (a test holds it to the export's own order). */
export const LISTED_SECTIONS = Object.keys(LINE_OF) as ExportSectionName[];

/** The list's lines, one per kind of data, in the order the export writes their sections. */
export const EXPORT_CONTENTS: ContentsLine[] = [...new Set(LISTED_SECTIONS.map((name) => LINE_OF[name]))];
