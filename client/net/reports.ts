import { z } from 'zod';
import { ReportList, type ReportRequest, type ReportResolution } from '../../shared/reports.ts';
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
