import { z } from 'zod';

export const DWELL_BUCKETS = [
  { label: '<10s', maxSeconds: 10 },
  { label: '10–30s', maxSeconds: 30 },
  { label: '30s–1m', maxSeconds: 60 },
  { label: '1–3m', maxSeconds: 180 },
  { label: '3–10m', maxSeconds: 600 },
  { label: '10m+', maxSeconds: Infinity },
] as const;

/** A booth's figures for its dashboard: hourly visits and leads, and how long visitors stayed. */
export const BoothAnalytics = z.object({
  boothId: z.string(),
  hours: z.array(z.object({ hour: z.string(), visits: z.number(), visitors: z.number(), leads: z.number() })),
  dwell: z.object({
    visits: z.number(),
    medianSeconds: z.number(),
    meanSeconds: z.number(),
    buckets: z.array(z.object({ label: z.string(), visits: z.number() })),
  }),
  totals: z.object({ visits: z.number(), visitors: z.number(), leads: z.number() }),
});
export type BoothAnalytics = z.infer<typeof BoothAnalytics>;

/** Query of the analytics route: how many hours back, a day by default, at most a month. */
export const AnalyticsQuery = z.object({
  hours: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 31)
    .default(24),
});
