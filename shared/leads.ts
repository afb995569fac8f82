import { z } from 'zod';

const Line = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `use at most ${max} characters`)
    .refine((s) => !/\p{Cc}/u.test(s), 'control characters are not allowed');

/** "Leave my card": what a visitor gives a booth, with their explicit consent. */
export const LeadRequest = z.object({
  name: Line(80).pipe(z.string().min(1, 'enter your name')),
  organisation: Line(120),
  email: z.string().trim().max(200).pipe(z.email('enter a valid e-mail address')),
  message: z
    .string()
    .trim()
    .max(1000, 'use at most 1000 characters')
    // Line breaks and tabs are fine in a message; other control characters are not.
    .refine((s) => !/[^\P{Cc}\n\r\t]/u.test(s), 'control characters are not allowed'),
  consent: z.literal(true, { message: 'consent is required to share your contact' }),
});
export type LeadRequest = z.infer<typeof LeadRequest>;

export const Lead = z.object({
  id: z.string(),
  boothId: z.string(),
  name: z.string(),
  organisation: z.string(),
  email: z.string(),
  message: z.string(),
  lang: z.string(),
  createdAt: z.string(),
});
export type Lead = z.infer<typeof Lead>;

export const LeadList = z.object({ leads: z.array(Lead) });
export type LeadList = z.infer<typeof LeadList>;

export const LeadCreated = z.object({ lead: Lead, created: z.boolean() });
export type LeadCreated = z.infer<typeof LeadCreated>;
