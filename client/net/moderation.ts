import { z } from 'zod';
import { ModerationRecord, type ModerationRequest } from '../../shared/moderation.ts';
import { request } from './api.ts';

const Recorded = z.object({ record: ModerationRecord });

/** An organiser mutes, unmutes, removes, bans or unbans a person; resolves with the logged action. */
export async function moderate(body: ModerationRequest): Promise<ModerationRecord> {
  return (await request(Recorded, '/api/moderation', { method: 'POST', body: JSON.stringify(body) })).record;
}
