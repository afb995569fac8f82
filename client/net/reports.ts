import { z } from 'zod';
import { ModerationRecord } from '../../shared/moderation.ts';
import { ReportList, type ReportActRequest, type ReportRequest, type ReportResolution } from '../../shared/reports.ts';
import { request } from './api.ts';

/** Anyone signed in: tells the organisers about someone. */
export async function sendReport(body: ReportRequest): Promise<void> {
  await request(z.object({ id: z.string() }), '/api/reports', { method: 'POST', body: JSON.stringify(body) });
}

/** Organisers: open reports first, with counts per reported person. */
export function fetchReports(): Promise<ReportList> {
  return request(ReportList, '/api/reports');
}

export async function resolveReport(id: string, body: ReportResolution): Promise<void> {
  await request(z.object({ ok: z.literal(true) }), `/api/reports/${encodeURIComponent(id)}/resolve`, {
    method: 'POST',
    body: JSON.stringify(body),
  });
}

/** Organisers: acts on the person an open report names and closes it as actioned, in one request. */
export async function actOnReport(id: string, body: ReportActRequest): Promise<void> {
  await request(z.object({ record: ModerationRecord }), `/api/reports/${encodeURIComponent(id)}/act`, {
    method: 'POST',
    body: JSON.stringify(body),
  });
}
