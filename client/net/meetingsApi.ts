import { z } from 'zod';
import {
  HallBusy,
  HallList,
  InvitableList,
  Meeting,
  MeetingList,
  type BusyRange,
  type Invitable,
  type MeetingChange,
  type MeetingHall,
  type MeetingRequest,
  type MeetingResponse,
} from '../../shared/meetings.ts';
import { request, send } from './api.ts';
import { ApiFailure } from './apiFailure.ts';

/** Side meetings: halls, their busy times, people to invite, and the meetings the visitor is on the list of. */

const MeetingAnswer = z.object({ meeting: Meeting });
const meetingPath = (id: string) => `/api/meetings/${encodeURIComponent(id)}`;

/** Delegates and organisers only; others are refused with `forbidden`. */
export async function fetchHalls(): Promise<MeetingHall[]> {
  return (await request(HallList, '/api/meetings/halls')).halls;
}

/** When a hall is taken between two moments (at most 31 days apart). */
export async function fetchHallBusy(hallId: string, from: Date, to: Date): Promise<BusyRange[]> {
  const query = new URLSearchParams({ from: from.toISOString(), to: to.toISOString() });
  return (await request(HallBusy, `/api/meetings/halls/${encodeURIComponent(hallId)}/busy?${query}`)).busy;
}

export async function searchPeople(q: string, signal?: AbortSignal): Promise<Invitable[]> {
  const query = new URLSearchParams({ q });
  return (await request(InvitableList, `/api/meetings/people?${query}`, signal ? { signal } : undefined)).people;
}

/** The meeting as its list sees it; refused with `not_found` to anyone else. */
export async function fetchMeeting(id: string): Promise<Meeting> {
  return (await request(MeetingAnswer, meetingPath(id))).meeting;
}

export async function fetchMeetings(): Promise<Meeting[]> {
  return (await request(MeetingList, '/api/meetings')).meetings;
}

/** Refused with `conflict` when the hall or one of the people is already booked then. */
export async function bookMeeting(body: MeetingRequest): Promise<Meeting> {
  return (await request(MeetingAnswer, '/api/meetings', { method: 'POST', body: JSON.stringify(body) })).meeting;
}

/** The host's change; fields left out stay as they were. */
export async function changeMeeting(id: string, body: MeetingChange): Promise<Meeting> {
  return (await request(MeetingAnswer, meetingPath(id), { method: 'PATCH', body: JSON.stringify(body) })).meeting;
}

export async function cancelMeeting(id: string): Promise<Meeting> {
  return (await request(MeetingAnswer, `${meetingPath(id)}/cancel`, { method: 'POST' })).meeting;
}

export async function respondToMeeting(id: string, answer: MeetingResponse['answer']): Promise<Meeting> {
  const init = { method: 'POST', body: JSON.stringify({ answer } satisfies MeetingResponse) };
  return (await request(MeetingAnswer, `${meetingPath(id)}/respond`, init)).meeting;
}

/** The meeting as an iCalendar file, fetched with the bearer token (a plain link could not carry it). */
export async function fetchMeetingIcs(id: string): Promise<Blob> {
  const response = await send(`${meetingPath(id)}/ics`);
  if (!response.ok) throw new ApiFailure(response.status === 404 ? 'not_found' : 'internal', `HTTP ${response.status}`);
  return response.blob();
}
