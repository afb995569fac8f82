import { describe, expect, it } from 'vitest';
import { deleteChatMessage, saveChatMessage } from '../../server/db/chatStore.ts';
import { recordVisit } from '../../server/db/visitStore.ts';
import { DashboardLine, DashboardSnapshot } from '../../shared/dashboard.ts';
import { EventExport } from '../../shared/exportFormat.ts';
import type { HallAnswer } from '../../shared/halls.ts';
import type { InviteCreated } from '../../shared/invites.ts';
import type { HallList, Meeting, MeetingList } from '../../shared/meetings.ts';
import { PROTOCOL_VERSION, ROOMS } from '../../shared/protocol.ts';
import type { Agenda } from '../../shared/stage.ts';
import type { ExpoRoomState } from '../../shared/schema.ts';
import { BACKENDS } from '../fixtures/databases.ts';
import { call } from '../fixtures/http.ts';
import {
  colyseusClient,
  newSession,
  serverOnFreshDatabase,
  sessionWithRole,
  startTestServer,
  until,
} from '../fixtures/server.ts';

const MINUTE = 60_000;

/** Reads NDJSON lines from a live response as they come. */
function lineReader(body: NonNullable<Response['body']>) {
  const reader = body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  return {
    async next(): Promise<DashboardLine> {
      for (;;) {
        const newline = buffer.indexOf('\n');
        if (newline >= 0) {
          const line = buffer.slice(0, newline);
          buffer = buffer.slice(newline + 1);
          return DashboardLine.parse(JSON.parse(line));
        }
        const { value, done } = await reader.read();
        if (done) throw new Error('the feed ended');
        buffer += value;
      }
    },
    cancel: () => reader.cancel(),
  };
}

describe.each(BACKENDS)('event data: halls, export and live dashboard on $name', { timeout: 120_000 }, ({ create }) => {
  // Bursts of calls from one address on purpose; the rate limit has tests of its own.
  const suite = serverOnFreshDatabase(create, { API_REQUESTS_PER_SECOND: '1000', SESSIONS_PER_MINUTE: '6000' });
  const server = () => suite.server();
  const organiser = async () => (await sessionWithRole(server(), { role: 'organiser' }, { name: 'Org' })).token;
  const hallsSeenBy = async (token: string) =>
    ((await call(server(), 'GET', '/api/meetings/halls', { token })).json as unknown as HallList).halls;

  async function enter(name: string, where: 'plaza' | 'kz' | 'tr') {
    const { token } = await newSession(server(), { name, country: 'kz', lang: 'en' });
    const options = { token, protocol: PROTOCOL_VERSION };
    const client = colyseusClient(server());
    const room =
      where === 'plaza'
        ? await client.joinOrCreate<ExpoRoomState>(ROOMS.plaza, options)
        : await client.joinOrCreate<ExpoRoomState>(ROOMS.pavilion, { ...options, pavilionId: where });
    room.onMessage('*', () => undefined);
    await until(() => room.state.players?.get(room.sessionId) !== undefined, 5000, 'own player');
    return room;
  }

  it('lets organisers add, change and take out meeting halls, refusing while meetings are booked in one', async () => {
    const org = await organiser();
    const delegate = await sessionWithRole(server(), { role: 'delegate', delegation: 'kz' }, { name: 'Del' });
    const guest = await sessionWithRole(server(), { role: 'delegate', delegation: 'uz' }, { name: 'Guest' });
    const other = await sessionWithRole(server(), { role: 'delegate', delegation: 'tm' }, { name: 'Other' });

    const created = await call(server(), 'POST', '/api/meetings/halls', {
      token: org,
      body: { name: 'Samarkand Room', country: 'uz', seats: 14 },
    });
    expect(created.status).toBe(201);
    const { hall } = created.json as unknown as HallAnswer;
    expect(hall).toEqual({ id: 'samarkand-room', name: 'Samarkand Room', country: 'uz', seats: 14 });
    expect((await hallsSeenBy(delegate.token)).at(-1)).toEqual(hall);
    // The same name again gets an id of its own.
    const twin = await call(server(), 'POST', '/api/meetings/halls', {
      token: org,
      body: { name: 'Samarkand Room', country: 'uz', seats: 8 },
    });
    expect((twin.json as unknown as HallAnswer).hall.id).toMatch(/^samarkand-room-[a-z]{4}$/);

    const changed = await call(server(), 'PATCH', `/api/meetings/halls/${hall.id}`, {
      token: org,
      body: { name: 'Samarkand', seats: 18 },
    });
    expect(changed.status).toBe(200);
    expect((changed.json as unknown as HallAnswer).hall).toEqual({ ...hall, name: 'Samarkand', seats: 18 });

    // Bad bodies: refused with a reason, nothing changed.
    for (const body of [{}, { seats: 0 }, { seats: 2.5 }, { name: ' ' }, { country: 'xx' }, { name: 'A', extra: 1 }]) {
      const refused = await call(server(), 'PATCH', `/api/meetings/halls/${hall.id}`, { token: org, body });
      expect(refused.status, JSON.stringify(body)).toBe(400);
      expect(refused.json.error?.code).toBe('bad_request');
    }
    const hallsBefore = (await hallsSeenBy(delegate.token)).length;
    for (const body of [
      { name: 'No seats', country: 'kz' },
      { name: '', country: 'kz', seats: 3 },
      [],
      { name: 'x\u0007', country: 'kz', seats: 3 },
    ]) {
      expect((await call(server(), 'POST', '/api/meetings/halls', { token: org, body })).status).toBe(400);
    }
    expect(await hallsSeenBy(delegate.token)).toHaveLength(hallsBefore);
    expect(
      (await call(server(), 'PATCH', '/api/meetings/halls/nowhere', { token: org, body: { seats: 3 } })).status,
    ).toBe(404);
    expect((await hallsSeenBy(delegate.token)).find((h) => h.id === hall.id)).toEqual({
      ...hall,
      name: 'Samarkand',
      seats: 18,
    });
    expect((await hallsSeenBy(delegate.token)).filter((h) => h.name.startsWith('Samarkand'))).toHaveLength(2);

    // A meeting booked in it tomorrow: the hall may not go.
    const start = Date.now() + 24 * 60 * MINUTE;
    const booked = await call(server(), 'POST', '/api/meetings', {
      token: delegate.token,
      body: {
        hallId: hall.id,
        title: 'Silk road logistics',
        startsAt: new Date(start).toISOString(),
        endsAt: new Date(start + 60 * MINUTE).toISOString(),
        invitees: [guest.user.id, other.user.id],
      },
    });
    expect(booked.status).toBe(201);
    const meeting = (booked.json as unknown as { meeting: Meeting }).meeting;

    // Its hall renamed: the meeting names it so at once, for everyone on its list.
    expect(meeting.hallName).toBe('Samarkand');
    const renamed = await call(server(), 'PATCH', `/api/meetings/halls/${hall.id}`, {
      token: org,
      body: { name: 'Samarkand Silk Room' },
    });
    expect(renamed.status).toBe(200);
    for (const person of [delegate, guest]) {
      const seen = await call(server(), 'GET', `/api/meetings/${meeting.id}`, { token: person.token });
      expect((seen.json as unknown as { meeting: Meeting }).meeting.hallName).toBe('Samarkand Silk Room');
    }
    const listed = await call(server(), 'GET', '/api/meetings', { token: guest.token });
    expect((listed.json as unknown as MeetingList).meetings.find((m) => m.id === meeting.id)?.hallName).toBe(
      'Samarkand Silk Room',
    );

    // Three invited (the host too): two seats would not do, and nothing changes; three do.
    const tooFew = await call(server(), 'PATCH', `/api/meetings/halls/${hall.id}`, { token: org, body: { seats: 2 } });
    expect(tooFew.status, tooFew.text).toBe(409);
    expect(tooFew.json.error).toMatchObject({
      code: 'conflict',
      refusal: {
        code: 'hall_too_small',
        params: { title: 'Silk road logistics', at: new Date(start).toISOString(), invited: 3 },
      },
    });
    expect((await hallsSeenBy(delegate.token)).find((h) => h.id === hall.id)?.seats).toBe(18);
    // One declines: two seats are enough now.
    expect(
      (
        await call(server(), 'POST', `/api/meetings/${meeting.id}/respond`, {
          token: other.token,
          body: { answer: 'declined' },
        })
      ).status,
    ).toBe(200);
    const enough = await call(server(), 'PATCH', `/api/meetings/halls/${hall.id}`, { token: org, body: { seats: 2 } });
    expect(enough.status, enough.text).toBe(200);
    const refused = await call(server(), 'DELETE', `/api/meetings/halls/${hall.id}`, { token: org });
    expect(refused.status).toBe(409);
    expect(refused.json.error).toMatchObject({ code: 'conflict', refusal: { code: 'hall_in_use' } });
    expect((await hallsSeenBy(delegate.token)).some((h) => h.id === hall.id)).toBe(true);

    // Cancelled, it may; the meeting keeps naming its hall, and nobody can book the hall any more.
    expect((await call(server(), 'POST', `/api/meetings/${meeting.id}/cancel`, { token: delegate.token })).status).toBe(
      200,
    );
    expect((await call(server(), 'DELETE', `/api/meetings/halls/${hall.id}`, { token: org })).status).toBe(204);
    expect((await hallsSeenBy(delegate.token)).some((h) => h.id === hall.id)).toBe(false);
    const again = await call(server(), 'GET', `/api/meetings/${meeting.id}`, { token: delegate.token });
    expect((again.json as unknown as { meeting: Meeting }).meeting).toMatchObject({
      hallId: hall.id,
      hallName: 'Samarkand Silk Room',
    });
    const late = await call(server(), 'POST', '/api/meetings', {
      token: delegate.token,
      body: {
        hallId: hall.id,
        title: 'Too late',
        startsAt: new Date(start + 2 * 60 * MINUTE).toISOString(),
        endsAt: new Date(start + 3 * 60 * MINUTE).toISOString(),
      },
    });
    expect(late.status).toBe(400);
    expect(late.json.error).toMatchObject({ refusal: { code: 'no_hall' } });
    expect((await call(server(), 'DELETE', `/api/meetings/halls/${hall.id}`, { token: org })).status).toBe(404);
    expect(
      (await call(server(), 'PATCH', `/api/meetings/halls/${hall.id}`, { token: org, body: { seats: 3 } })).status,
    ).toBe(404);
  });

  it('exports every piece of event data as one file that the shared schema reads, without codes or secrets', async () => {
    const org = await organiser();
    const visitor = await newSession(server(), { name: 'Lead Giver', country: 'tr', lang: 'tr' });
    const lead = await call(server(), 'POST', '/api/booths/astana-hub/leads', {
      token: visitor.token,
      body: {
        name: 'Lead Giver',
        organisation: 'Ankara Labs',
        email: 'lead@example.org',
        message: 'Hi',
        consent: true,
      },
    });
    expect(lead.status).toBe(201);
    const invite = await call(server(), 'POST', '/api/invites', {
      token: org,
      body: { grant: { role: 'exhibitor', boothId: 'astana-hub' }, note: 'for the export', days: 3 },
    });
    expect(invite.status).toBe(201);
    const { code, invite: summary } = invite.json as unknown as InviteCreated;
    const delegate = await sessionWithRole(server(), { role: 'delegate', delegation: 'az' }, { name: 'Host' });
    const guest = await sessionWithRole(server(), { role: 'delegate', delegation: 'tr' }, { name: 'Guest' });
    const booked = await call(server(), 'POST', '/api/meetings', {
      token: delegate.token,
      body: {
        hallId: 'baku',
        title: 'Digital corridor',
        startsAt: new Date(Date.now() + 2 * 24 * 60 * MINUTE).toISOString(),
        endsAt: new Date(Date.now() + (2 * 24 * 60 + 45) * MINUTE).toISOString(),
        invitees: [guest.user.id],
      },
    });
    expect(booked.status, booked.text).toBe(201);
    const meeting = (booked.json as unknown as { meeting: Meeting }).meeting;
    const visitEnd = new Date();
    await recordVisit(server().db, {
      booth_id: 'astana-hub',
      visitor_id: visitor.user.id,
      started_at: new Date(visitEnd.getTime() - 42_000),
      ended_at: visitEnd,
      dwell_ms: 42_000,
    });

    const said = await saveChatMessage(server().db, visitor.user, {
      room: 'plaza',
      kind: 'room',
      text: 'Where is hall B?',
    });
    const whispered = await saveChatMessage(server().db, visitor.user, {
      room: 'plaza',
      kind: 'direct',
      text: 'Just between us two',
      to: { id: guest.user.id, name: 'Guest' },
    });
    const removed = await saveChatMessage(server().db, visitor.user, {
      room: 'pavilion:kz',
      kind: 'nearby',
      text: 'Something better unsaid',
    });
    await deleteChatMessage(server().db, removed.id, delegate.user.id);
    // More than two pages of the export's 500 rows, direct messages among them: every page is read.
    await server()
      .db.insertInto('chat_messages')
      .values(
        Array.from({ length: 1_100 }, (_, i) => ({
          room: 'plaza',
          kind: i % 3 === 0 ? 'direct' : 'room',
          to_id: i % 3 === 0 ? guest.user.id : null,
          to_name: i % 3 === 0 ? 'Guest' : null,
          from_id: visitor.user.id,
          name: 'Lead Giver',
          country: 'tr',
          role: 'visitor',
          text: `bulk ${i}`,
        })),
      )
      .execute();

    const asked = await server()
      .db.insertInto('questions')
      .values({ pavilion_id: 'kz', from_id: visitor.user.id, name: 'Lead Giver', text: 'When is the pitch?' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await server()
      .db.insertInto('question_votes')
      .values([guest, delegate].map((p) => ({ question_id: asked.id, user_id: p.user.id })))
      .execute();

    const announced = await call(server(), 'POST', '/api/announcements', {
      token: org,
      body: { text: { en: 'Doors close at six', ru: 'Двери закрываются в шесть' } },
    });
    expect(announced.status, announced.text).toBe(201);
    const reported = await call(server(), 'POST', '/api/reports', {
      token: visitor.token,
      body: { userId: guest.user.id, reason: 'spam', details: 'Sends the same link to everyone' },
    });
    expect(reported.status, reported.text).toBe(201);

    const response = await fetch(`${server().url}/api/export`, { headers: { authorization: `Bearer ${org}` } });
    expect(response.status).toBe(200);
    const today = new Date().toISOString().slice(0, 10);
    expect(response.headers.get('content-disposition')).toMatch(
      new RegExp(`^attachment; filename="event-[A-Za-z0-9_-]+-${today}\\.json"$`),
    );
    const text = await response.text();
    const file = EventExport.parse(JSON.parse(text));
    const { sections } = file;
    expect(file.eventId).toBe(sections.event[0]!.id);
    expect(sections.pavilions.length).toBeGreaterThan(1);
    expect(sections.pavilions.flatMap((p) => p.booths).some((b) => b.id === 'astana-hub')).toBe(true);
    expect(sections.meetingHalls.map((h) => h.id)).toContain('baku');
    expect(sections.stageSlots.length).toBeGreaterThan(0);
    expect(sections.leads).toContainEqual(
      expect.objectContaining({ boothId: 'astana-hub', email: 'lead@example.org', organisation: 'Ankara Labs' }),
    );
    const exported = sections.meetings.find((m) => m.id === meeting.id);
    expect(exported?.title).toBe('Digital corridor');
    expect(exported?.people.map((p) => [p.userId, p.rsvp, p.host]).sort()).toEqual(
      [
        [delegate.user.id, 'accepted', true],
        [guest.user.id, 'invited', false],
      ].sort(),
    );
    expect(sections.boothVisits).toContainEqual(
      expect.objectContaining({ boothId: 'astana-hub', visitorId: visitor.user.id, dwellMs: 42_000 }),
    );
    expect(sections.invitations).toContainEqual(summary);
    expect(sections.people.map((p) => p.userId)).toEqual(expect.arrayContaining([visitor.user.id, delegate.user.id]));
    expect(sections.announcements).toContainEqual(
      expect.objectContaining({ text: { en: 'Doors close at six', ru: 'Двери закрываются в шесть' }, endedAt: null }),
    );
    expect(sections.reports).toContainEqual(
      expect.objectContaining({
        reporterId: visitor.user.id,
        reportedId: guest.user.id,
        reason: 'spam',
        details: 'Sends the same link to everyone',
        status: 'open',
        action: null,
      }),
    );
    expect(sections.stageQuestions).toContainEqual(
      expect.objectContaining({ id: asked.id, text: 'When is the pitch?', votes: 2, answered: false }),
    );
    // Room chat is in; a direct message is not, nor a deleted message's text.
    expect(sections.chat).toContainEqual(
      expect.objectContaining({ id: said.id, kind: 'room', fromId: visitor.user.id, text: 'Where is hall B?' }),
    );
    expect(sections.chat.some((m) => m.id === whispered.id)).toBe(false);
    expect(sections.chat.filter((m) => m.text?.startsWith('bulk ')).map((m) => Number(m.text!.slice(5)))).toEqual(
      expect.arrayContaining(Array.from({ length: 1_100 }, (_, i) => i).filter((i) => i % 3 !== 0)),
    );
    expect(sections.chat.filter((m) => m.text?.startsWith('bulk '))).toHaveLength(733);
    expect(text).not.toContain('Just between us two');
    expect(sections.chat).toContainEqual(
      expect.objectContaining({ id: removed.id, kind: 'nearby', text: null, deletedBy: delegate.user.id }),
    );
    expect(text).not.toContain('Something better unsaid');
    // The code was shown once; neither it, nor its hash, nor any session token is in the file.
    expect(text).not.toContain(code);
    expect(text).not.toMatch(/code_?hash|"token"|secret/i);
    expect(text).not.toContain(org);
  });

  it('counts the people in the plaza and each pavilion live, and feeds a new snapshot when someone joins', async () => {
    const org = await organiser();
    const read = async () => {
      const response = await call(server(), 'GET', '/api/dashboard', { token: org });
      expect(response.status).toBe(200);
      return DashboardSnapshot.parse(response.json);
    };
    const pavilion = (s: DashboardSnapshot, id: string) => s.online.pavilions.find((p) => p.pavilionId === id)!;
    const before = await read();
    expect(pavilion(before, 'kz').people).toBe(0);

    const rooms = [await enter('Plaza Walker', 'plaza'), await enter('Yurt Visitor', 'kz')];
    const now = await read();
    expect(now.online.plaza.people).toBe(before.online.plaza.people + 1);
    expect(now.online.plaza.instances).toContainEqual({ roomId: rooms[0]!.roomId, people: 1 });
    expect(pavilion(now, 'kz')).toEqual({
      pavilionId: 'kz',
      people: 1,
      instances: [{ roomId: rooms[1]!.roomId, people: 1 }],
    });
    expect(now.stages.find((s) => s.pavilionId === 'kz')?.audience).toBe(1);
    expect(now.online.total).toBe(before.online.total + 2);
    expect(now.leads.total).toBeGreaterThanOrEqual(1);
    expect(now.leads.topBooths[0]).toEqual({ boothId: 'astana-hub', count: 1 });
    expect(now.visits).toMatchObject({ total: 1, visitors: 1 });

    // A meeting that began a minute ago is in progress, with its list counted.
    const host = await sessionWithRole(server(), { role: 'delegate', delegation: 'kg' }, { name: 'Chair' });
    const booked = await call(server(), 'POST', '/api/meetings', {
      token: host.token,
      body: {
        hallId: 'bishkek',
        title: 'Happening now',
        startsAt: new Date(Date.now() - MINUTE).toISOString(),
        endsAt: new Date(Date.now() + 30 * MINUTE).toISOString(),
      },
    });
    expect(booked.status).toBe(201);
    expect((await read()).meetingsNow).toContainEqual(
      expect.objectContaining({
        hallId: 'bishkek',
        hallName: 'Bishkek',
        title: 'Happening now',
        invited: 1,
        present: 0,
      }),
    );
    // Its host walks into the meeting's room: present.
    const meetingId = (booked.json as unknown as { meeting: Meeting }).meeting.id;
    const meetingRoom = await colyseusClient(server()).joinOrCreate(ROOMS.meeting, {
      token: host.token,
      protocol: PROTOCOL_VERSION,
      meetingId,
    });
    meetingRoom.onMessage('*', () => undefined);
    expect((await read()).meetingsNow).toContainEqual(expect.objectContaining({ meetingId, invited: 1, present: 1 }));
    await meetingRoom.leave(true);

    const live = await fetch(`${server().url}/api/dashboard/live`, { headers: { authorization: `Bearer ${org}` } });
    expect(live.status).toBe(200);
    expect(live.headers.get('content-type')).toContain('application/x-ndjson');
    const lines = lineReader(live.body!);
    const first = await lines.next();
    expect(first.type).toBe('snapshot');
    rooms.push(await enter('Ankara Visitor', 'tr'));
    let seen: DashboardSnapshot | undefined;
    while (!seen) {
      const line = await lines.next();
      if (line.type === 'snapshot' && pavilion(line.snapshot, 'tr').people === 1) seen = line.snapshot;
    }
    expect(Date.parse(seen.at)).toBeGreaterThan(Date.parse(first.type === 'snapshot' ? first.snapshot.at : ''));
    await lines.cancel();
    for (const room of rooms) await room.leave(true);
  });

  it('refuses a stage slot that overlaps another on the same stage, naming it; back to back is fine', async () => {
    const org = await organiser();
    const start = Date.now() + 3 * 24 * 60 * MINUTE;
    const slot = (from: number, to: number, title: string) =>
      call(server(), 'POST', '/api/stages/tm/slots', {
        token: org,
        body: {
          startsAt: new Date(start + from * MINUTE).toISOString(),
          endsAt: new Date(start + to * MINUTE).toISOString(),
          title,
          speakerName: 'Speaker',
        },
      });
    expect((await slot(0, 30, 'Caspian logistics')).status).toBe(201);
    const clash = await slot(20, 50, 'Overlapping');
    expect(clash.status).toBe(409);
    expect(clash.json.error).toMatchObject({
      code: 'conflict',
      refusal: {
        code: 'slot_overlap',
        params: {
          title: 'Caspian logistics',
          from: new Date(start).toISOString(),
          to: new Date(start + 30 * MINUTE).toISOString(),
        },
      },
    });
    expect((await slot(30, 45, 'Right after')).status).toBe(201);
    // The same times on another stage are another matter.
    const elsewhere = await call(server(), 'POST', '/api/stages/hu/slots', {
      token: org,
      body: {
        startsAt: new Date(start + 20 * MINUTE).toISOString(),
        endsAt: new Date(start + 50 * MINUTE).toISOString(),
        title: 'Elsewhere',
        speakerName: 'Speaker',
      },
    });
    expect(elsewhere.status).toBe(201);
    const agenda = (await call(server(), 'GET', '/api/stages/tm/agenda')).json as unknown as Agenda;
    expect(agenda.slots.filter((s) => Date.parse(s.startsAt) >= start).map((s) => s.title)).toEqual([
      'Caspian logistics',
      'Right after',
    ]);
  });

  it('refuses a stage slot naming a booth deleted meanwhile, though the cached catalogue still has it', async () => {
    const org = await organiser();
    const made = await call(server(), 'POST', '/api/booths', {
      token: org,
      body: {
        pavilionId: 'tm',
        kind: 'startup',
        content: {
          name: { en: 'Gone Soon' },
          tagline: { en: 'Soon gone' },
          description: { en: 'Here briefly' },
          team: [],
          links: [],
          videoUrl: null,
        },
      },
    });
    expect(made.status, made.text).toBe(201);
    const boothId = (made.json as unknown as { booth: { id: string } }).booth.id;
    // Deleted behind the catalogue's back, as a deletion racing the slot's booking would be.
    await server().db.deleteFrom('booths').where('id', '=', boothId).execute();
    const start = Date.now() + 5 * 24 * 60 * MINUTE;
    const refused = await call(server(), 'POST', '/api/stages/tm/slots', {
      token: org,
      body: {
        startsAt: new Date(start).toISOString(),
        endsAt: new Date(start + 20 * MINUTE).toISOString(),
        title: 'Pitch',
        speakerName: 'Founder',
        boothId,
      },
    });
    expect(refused.status, refused.text).toBe(404);
    expect(refused.json.error).toMatchObject({ refusal: { code: 'no_booth' } });
    const left = await server().db.selectFrom('stage_slots').select('id').where('booth_id', '=', boothId).execute();
    expect(left).toEqual([]);
  });
});

describe('a server with a live dashboard feed open', () => {
  it('still finishes closing, ending the feed', { timeout: 60_000 }, async () => {
    const server = await startTestServer();
    const { token } = await sessionWithRole(server, { role: 'organiser' }, { name: 'Org' });
    const live = await fetch(`${server.url}/api/dashboard/live`, { headers: { authorization: `Bearer ${token}` } });
    const lines = lineReader(live.body!);
    expect((await lines.next()).type).toBe('snapshot');
    let timer: NodeJS.Timeout | undefined;
    const closed = await Promise.race([
      server.close().then(() => 'closed'),
      new Promise((resolve) => (timer = setTimeout(() => resolve('still open'), 15_000))),
    ]);
    clearTimeout(timer);
    expect(closed).toBe('closed');
    await expect(lines.next()).rejects.toThrow('the feed ended');
  });
});
