import { z } from 'zod';
import { HallAnswer, type HallChange, type HallCreate } from '../../shared/halls.ts';
import type { MeetingHall } from '../../shared/meetings.ts';
import { request } from './api.ts';

const hallPath = (id: string) => `/api/meetings/halls/${encodeURIComponent(id)}`;

/** Organisers: a new meeting hall, last in the list. */
export async function createHall(body: HallCreate): Promise<MeetingHall> {
  return (await request(HallAnswer, '/api/meetings/halls', { method: 'POST', body: JSON.stringify(body) })).hall;
}

/** Organisers: renames, moves or resizes a hall. */
export async function changeHall(id: string, body: HallChange): Promise<MeetingHall> {
  return (await request(HallAnswer, hallPath(id), { method: 'PATCH', body: JSON.stringify(body) })).hall;
}

/** Organisers: takes a hall out of use; refused (hall_in_use) while meetings that have not ended are booked in it. */
export async function removeHall(id: string): Promise<void> {
  await request(z.unknown(), hallPath(id), { method: 'DELETE' });
}
