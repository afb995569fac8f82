import type { BusyRange, Meeting, MeetingChange, MeetingRequest, MeetingResponse } from '../../shared/meetings.ts';
import { dayBounds } from '../state/dayTime.ts';
import { busyKey, useMeetingHalls } from '../state/meetingHalls.ts';
import { useMeetings } from '../state/meetings.ts';
import { useSession } from '../state/session.ts';
import {
  bookMeeting,
  cancelMeeting,
  changeMeeting,
  fetchHallBusy,
  fetchHalls,
  fetchMeetingIcs,
  fetchMeetings,
  respondToMeeting,
} from './meetingsApi.ts';

/** What the meetings views may do; each call writes its answer to the stores the views read. */

let loadingFor: Promise<void> | null = null;
let again = false;

/**
 * Reads the visitor's meetings into useMeetings. A call made while one is under way runs once more
 * after it, so a burst of `meetings.changed` costs two requests, and the last answer is the newest.
 */
export async function loadMeetings(): Promise<void> {
  if (loadingFor) {
    again = true;
    return loadingFor;
  }
  loadingFor = (async () => {
    do {
      again = false;
      const userId = useSession.getState().session?.user.id;
      if (!userId) return;
      useMeetings.getState().loading(userId);
      try {
        useMeetings.getState().receive(userId, await fetchMeetings());
      } catch (error) {
        useMeetings.getState().failed(error);
      }
    } while (again);
  })().finally(() => (loadingFor = null));
  return loadingFor;
}

/** The visitor's own action: its result is not news to them. */
function keep(meeting: Meeting): Meeting {
  useMeetings.getState().upsert(meeting);
  useMeetings.getState().markSeen(meeting);
  return meeting;
}

export async function book(request: MeetingRequest): Promise<Meeting> {
  return keep(await bookMeeting(request));
}

export async function saveChange(id: string, change: MeetingChange): Promise<Meeting> {
  return keep(await changeMeeting(id, change));
}

export async function cancel(id: string): Promise<Meeting> {
  return keep(await cancelMeeting(id));
}

export async function respond(id: string, answer: MeetingResponse['answer']): Promise<Meeting> {
  return keep(await respondToMeeting(id, answer));
}

export function acknowledge(meeting: Meeting): void {
  useMeetings.getState().markSeen(meeting);
}

/** The meeting's calendar file, named after its title. */
export async function meetingIcs(meeting: Meeting): Promise<{ blob: Blob; fileName: string }> {
  const slug =
    meeting.title
      .replace(/[\\/:*?"<>|\p{Cc}]+/gu, '')
      .replace(/\s+/g, '-')
      .slice(0, 60) || meeting.id;
  return { blob: await fetchMeetingIcs(meeting.id), fileName: `meeting-${slug}.ics` };
}

export async function loadHalls(): Promise<void> {
  useMeetingHalls.getState().loading();
  try {
    useMeetingHalls.getState().receive(await fetchHalls());
  } catch (error) {
    useMeetingHalls.getState().failed(error);
  }
}

/** Busy keys being read now; a second call for the same hall and day waits for nothing. */
const busyLoading = new Set<string>();

/**
 * Every hall's busy ranges on one day, written to the store in one go; `force` reads them again
 * (after a refused booking, say), even those being read already.
 */
export async function loadBusy(day: string, force = false): Promise<void> {
  const bounds = dayBounds(day);
  if (!bounds) return;
  const { halls, busy, receiveBusy } = useMeetingHalls.getState();
  const keys = halls
    .map((hall) => ({ hall, key: busyKey(hall.id, day) }))
    .filter(({ key }) => force || (!busy[key] && !busyLoading.has(key)));
  if (keys.length === 0) return;
  keys.forEach(({ key }) => busyLoading.add(key));
  const found: Record<string, BusyRange[] | null> = {};
  try {
    await Promise.all(
      keys.map(async ({ hall, key }) => {
        found[key] = await fetchHallBusy(hall.id, bounds.from, bounds.to).catch(() => null);
      }),
    );
  } finally {
    keys.forEach(({ key }) => busyLoading.delete(key));
  }
  receiveBusy(found);
}
