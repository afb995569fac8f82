import { z } from 'zod';
import { Refusal } from './refusals.ts';

/** Error codes shared by the HTTP API and room joins, so the client can translate them. */
export const ERROR_CODES = [
  'bad_request',
  'unauthorized',
  'forbidden',
  'not_found',
  'conflict',
  'room_full',
  'protocol_mismatch',
  'rate_limited',
  'unavailable',
  'internal',
] as const;
export const ErrorCode = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCode>;

/** A refused call: its code, the server's English sentence, and for refusals the client explains, why. */
export const ApiError = z.object({
  error: z.object({
    code: ErrorCode,
    message: z.string(),
    // A code this client does not know yet must not lose the error's own code: it reads as "not said why".
    refusal: Refusal.optional().catch(undefined),
    details: z.unknown().optional(),
  }),
});
export type ApiError = z.infer<typeof ApiError>;

/** Turns a zod failure into one readable sentence naming the fields at fault. */
export function describeZodError(error: z.ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}
