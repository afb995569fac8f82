import { ApiError, type ErrorCode } from '../../shared/errors.ts';
import { SessionResponse, type SessionRequest } from '../../shared/api.ts';
import { Catalogue } from '../../shared/catalogue.ts';
import type { z } from 'zod';

/** A refused or failed HTTP call, with the server's code so the UI can translate it. */
export class ApiFailure extends Error {
  constructor(
    readonly code: ErrorCode | 'network',
    message: string,
  ) {
    super(message);
  }
}

async function request<T>(schema: z.ZodType<T>, path: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers: { 'content-type': 'application/json', ...init?.headers } });
  } catch {
    throw new ApiFailure('network', 'the server could not be reached');
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const error = ApiError.safeParse(body);
    if (error.success) throw new ApiFailure(error.data.error.code, error.data.error.message);
    throw new ApiFailure('internal', `HTTP ${response.status}`);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new ApiFailure('internal', 'the server sent an unexpected answer');
  return parsed.data;
}

export function createSession(body: SessionRequest): Promise<SessionResponse> {
  return request(SessionResponse, '/api/session', { method: 'POST', body: JSON.stringify(body) });
}

export function fetchCatalogue(): Promise<Catalogue> {
  return request(Catalogue, '/api/catalogue');
}
