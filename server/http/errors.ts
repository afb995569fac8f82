import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { z } from 'zod';
import { describeZodError, type ApiError, type ErrorCode } from '../../shared/errors.ts';
import { refusal, type Refusal } from '../../shared/refusals.ts';
import type { Logger } from '../log.ts';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    /** Why, for the client to say in the visitor's language; the message is for logs and API users. */
    readonly refusal?: Refusal,
  ) {
    super(message);
  }
}

/** Parses untrusted input with a shared schema or answers 400 with the fields at fault. */
export function parseOr400<T>(schema: z.ZodType<T>, input: unknown): T {
  const result = schema.safeParse(input);
  if (!result.success) throw new HttpError(400, 'bad_request', describeZodError(result.error), refusal('invalid'));
  return result.data;
}

export const notFound: RequestHandler = (req, _res, next) => {
  next(new HttpError(404, 'not_found', `no such resource: ${req.method} ${req.path}`));
};

export function errorHandler(log: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    let status = 500;
    let body: ApiError = { error: { code: 'internal', message: 'internal server error' } };
    if (error instanceof HttpError) {
      status = error.status;
      body = {
        error: { code: error.code, message: error.message, ...(error.refusal ? { refusal: error.refusal } : {}) },
      };
    } else if (isBodyParserError(error)) {
      status = error.status;
      const message =
        error.type === 'entity.too.large'
          ? 'the request body is too large'
          : 'the request body is not a valid JSON object';
      body = { error: { code: 'bad_request', message, refusal: refusal('invalid') } };
    } else {
      // With the request's id when it has one, to find the request line that goes with it.
      (req.log ?? log).error({ err: error }, 'unhandled error in HTTP handler');
    }
    res.status(status).json(body);
  };
}

function isBodyParserError(error: unknown): error is { status: number; type: string } {
  return typeof error === 'object' && error !== null && 'type' in error && 'status' in error;
}
