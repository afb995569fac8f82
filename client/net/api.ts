import { z } from 'zod';
import { BoothAnalytics } from '../../shared/analytics.ts';
import { SessionResponse, type SessionRequest } from '../../shared/api.ts';
import { Booth, type BoothContent } from '../../shared/booths.ts';
import { Catalogue } from '../../shared/catalogue.ts';
import { type Lead, LeadCreated, LeadList, type LeadRequest } from '../../shared/leads.ts';
import { useSession } from '../state/session.ts';
import { ApiFailure, failureFromBody, failureOf } from './apiFailure.ts';

/** The signed-in visitor's bearer token, for calls that need one. */
function authHeader(): Record<string, string> {
  const token = useSession.getState().session?.token;
  return token ? { authorization: `Bearer ${token}` } : {};
}

/** A call with the bearer token; an unreachable server becomes an ApiFailure. */
export async function send(path: string, init?: RequestInit): Promise<Response> {
  try {
    return await fetch(path, {
      ...init,
      headers: { 'content-type': 'application/json', ...authHeader(), ...init?.headers },
    });
  } catch {
    throw new ApiFailure('network', 'the server could not be reached');
  }
}

export async function request<T>(schema: z.ZodType<T>, path: string, init?: RequestInit): Promise<T> {
  const response = await send(path, init);
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw failureFromBody(response.status, body);
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

export function leaveCard(boothId: string, body: LeadRequest): Promise<LeadCreated> {
  return request(LeadCreated, `/api/booths/${encodeURIComponent(boothId)}/leads`, {
    method: 'POST',
    body: JSON.stringify(body),
  });
}

export async function fetchLeads(boothId: string): Promise<Lead[]> {
  return (await request(LeadList, `/api/booths/${encodeURIComponent(boothId)}/leads`)).leads;
}

export function fetchAnalytics(boothId: string, hours: number): Promise<BoothAnalytics> {
  return request(BoothAnalytics, `/api/booths/${encodeURIComponent(boothId)}/analytics?hours=${hours}`);
}

const BoothAnswer = z.object({ booth: Booth });

export async function saveBoothContent(boothId: string, content: BoothContent): Promise<Booth> {
  const path = `/api/booths/${encodeURIComponent(boothId)}/content`;
  return (await request(BoothAnswer, path, { method: 'PUT', body: JSON.stringify(content) })).booth;
}

export async function uploadBoothFile(boothId: string, kind: 'logo' | 'brochure', file: Blob): Promise<Booth> {
  const path = `/api/booths/${encodeURIComponent(boothId)}/${kind}`;
  const init = { method: 'PUT', body: file, headers: { 'content-type': file.type || 'application/octet-stream' } };
  return (await request(BoothAnswer, path, init)).booth;
}

/** Downloads the leads as CSV with the bearer token (a plain link could not carry it). */
export async function downloadLeadsCsv(boothId: string): Promise<Blob> {
  const response = await send(`/api/booths/${encodeURIComponent(boothId)}/leads?format=csv`);
  if (!response.ok) throw await failureOf(response);
  return response.blob();
}
