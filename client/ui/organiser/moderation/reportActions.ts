import type { TFunction } from 'i18next';
import { MODERATION_LIMITS } from '../../../../shared/moderation.ts';
import type { Report } from '../../../../shared/reports.ts';

export { REPORT_ACTIONS, type ReportAction } from '../../../../shared/reports.ts';

/** A mute from a report lasts an hour unless the organiser chooses otherwise. */
export const MUTE_CHOICES = [15, 60, null] as const;
export type MuteChoice = (typeof MUTE_CHOICES)[number];

/** The reason the moderation log will show, filled in from the report: its reason and the reporter's words. */
export function reasonFromReport(t: TFunction, report: Report): string {
  const reason = t(`reports.reason.${report.reason}`);
  const text = report.details ? `${reason}: ${report.details}` : reason;
  return t('reports.panel.reasonPrefill', { text }).slice(0, MODERATION_LIMITS.reasonLength);
}
