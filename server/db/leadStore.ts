import type { Kysely } from 'kysely';
import type { Lead, LeadRequest } from '../../shared/leads.ts';
import type { Database, LeadRow } from './schema.ts';

export function toLead(row: LeadRow): Lead {
  return {
    id: row.id,
    boothId: row.booth_id,
    name: row.name,
    organisation: row.organisation,
    email: row.email,
    message: row.message,
    lang: row.lang,
    createdAt: new Date(row.created_at).toISOString(),
  };
}

/**
 * Stores a visitor's card once per booth. A second submission changes nothing and returns
 * the card already left, so a retried request is harmless.
 */
export async function addLead(
  db: Kysely<Database>,
  boothId: string,
  visitorId: string,
  lang: string,
  request: LeadRequest,
): Promise<{ lead: Lead; created: boolean }> {
  const inserted = await db
    .insertInto('leads')
    .values({
      booth_id: boothId,
      visitor_id: visitorId,
      name: request.name,
      organisation: request.organisation,
      email: request.email,
      message: request.message,
      lang,
    })
    .onConflict((oc) => oc.constraint('leads_once_per_visitor').doNothing())
    .returningAll()
    .executeTakeFirst();
  if (inserted) return { lead: toLead(inserted), created: true };
  const existing = await db
    .selectFrom('leads')
    .selectAll()
    .where('booth_id', '=', boothId)
    .where('visitor_id', '=', visitorId)
    .executeTakeFirstOrThrow();
  return { lead: toLead(existing), created: false };
}

export async function listLeads(db: Kysely<Database>, boothId: string): Promise<Lead[]> {
  const rows = await db
    .selectFrom('leads')
    .selectAll()
    .where('booth_id', '=', boothId)
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map(toLead);
}

export async function hasLeftLead(db: Kysely<Database>, boothId: string, visitorId: string): Promise<boolean> {
  const row = await db
    .selectFrom('leads')
    .select('id')
    .where('booth_id', '=', boothId)
    .where('visitor_id', '=', visitorId)
    .executeTakeFirst();
  return row !== undefined;
}
