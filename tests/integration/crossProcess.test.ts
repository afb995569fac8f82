import { randomUUID } from 'node:crypto';
import { RedisPresence } from '@colyseus/redis-presence';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../../shared/api.ts';
import type { Lead } from '../../shared/leads.ts';
import { CLOSE_CODES, type Notice } from '../../shared/protocol.ts';
import { TourMessages, type TourFollow, type TourState } from '../../shared/tours.ts';
import type { Zone } from '../../shared/world/world.ts';
import { AnnouncementBoard } from '../../server/announcements/announcementBoard.ts';
import { CatalogueService } from '../../server/catalogue.ts';
import { openDatabase } from '../../server/db/database.ts';
import { recordSession } from '../../server/db/sessionStore.ts';
import { FindService } from '../../server/find/findService.ts';
import { headcount } from '../../server/find/headcount.ts';
import { PresenceDirectory, type Presence } from '../../server/find/presenceDirectory.ts';
import { LeadFeed } from '../../server/leadFeed.ts';
import { createLogger } from '../../server/log.ts';
import { MeetingHub } from '../../server/meetings/meetingHub.ts';
import { ClientDirectory, type PresentClient } from '../../server/moderation/clientDirectory.ts';
import { Moderation } from '../../server/moderation/moderation.ts';
import { BoothRemoval, type PavilionPlacement } from '../../server/rooms/boothRemoval.ts';
import { BoothVisits } from '../../server/rooms/boothVisits.ts';
import { StageHub } from '../../server/stage/stageHub.ts';
import { TourHub } from '../../server/tours/tourHub.ts';
import { BACKENDS, databaseForSuite } from '../fixtures/databases.ts';
import { startRedis, type RedisServer } from '../fixtures/redis.ts';
import { until } from '../fixtures/server.ts';
import { HttpError } from '../../server/http/errors.ts';

// Each "process" here is its own RedisPresence (its own pair of Redis connections) and its own
// objects, as two server processes have; they share nothing but the redis-server.
let redis: RedisServer;
const buses: RedisPresence[] = [];
const closers: (() => void)[] = [];

beforeAll(async () => {
  redis = await startRedis();
});

afterAll(async () => {
  try {
    for (const close of closers) close();
    for (const bus of buses) bus.shutdown();
  } finally {
    await redis?.stop();
  }
});

function newProcessBus(): RedisPresence {
  const bus = new RedisPresence(redis.url);
  bus.setMaxListeners(0);
  buses.push(bus);
  return bus;
}

/** A connection as a room gives it to the client directory, remembering what reached it. */
class Connection implements PresentClient {
  readonly notices: Notice[] = [];
  readonly sent: [string, unknown][] = [];
  readonly expelled: number[] = [];
  notify(notice: Notice) {
    this.notices.push(notice);
  }
  send(type: string, message: unknown) {
    this.sent.push([type, message]);
  }
  expel(code: number) {
    this.expelled.push(code);
  }
  got(type: string): unknown[] {
    return this.sent.filter(([t]) => t === type).map(([, m]) => m);
  }
}

const person = (name: string, role: SessionUser['role'] = 'visitor'): SessionUser => ({
  id: randomUUID(),
  name,
  country: 'kz',
  lang: 'en',
  role,
  boothId: null,
  scope: null,
});

const kz: Zone = { kind: 'pavilion', id: 'kz' };
const plaza: Zone = { kind: 'plaza' };

function presenceOf(user: SessionUser, place: Zone, roomId: string): Presence {
  return { user, place, roomId, sessionId: randomUUID(), away: () => false };
}

function directories(...buses: RedisPresence[]): PresenceDirectory[] {
  return buses.map((bus) => {
    const directory = new PresenceDirectory(bus, 200);
    closers.push(() => directory.close());
    return directory;
  });
}

/** Waits until everything `from` published before now has been heard by `to`'s bus: Redis keeps one publisher's order. */
async function settled(from: ClientDirectory, to: Connection, toDirectory: ClientDirectory, userId: string) {
  const marker = randomUUID();
  toDirectory.add(userId, to);
  from.send(userId, 'marker', marker);
  await until(() => to.got('marker').includes(marker), 5000, 'the marker');
  toDirectory.remove(userId, to);
}

describe('the client directory across processes', () => {
  it('reaches every connection of a person on any process, once each, and the chat audience only when asked', async () => {
    const [one, two] = [new ClientDirectory(newProcessBus()), new ClientDirectory(newProcessBus())];
    await Promise.all([one.ready, two.ready]);
    const userId = randomUUID();
    const [plazaOnOne, pavilionOnTwo, meetingOnTwo] = [new Connection(), new Connection(), new Connection()];
    one.add(userId, plazaOnOne);
    two.add(userId, pavilionOnTwo);
    two.add(userId, meetingOnTwo);
    one.include('chat', plazaOnOne);
    two.include('chat', pavilionOnTwo);

    one.send(userId, 'chat', { text: 'hello' }, 'chat');
    one.notify(userId, { kind: 'muted', until: null });
    one.expel(userId, CLOSE_CODES.removed);
    // On the sending process at once, as with one process.
    expect(plazaOnOne.got('chat')).toEqual([{ text: 'hello' }]);
    expect(plazaOnOne.notices).toEqual([{ kind: 'muted', until: null }]);
    expect(plazaOnOne.expelled).toEqual([CLOSE_CODES.removed]);

    await until(() => pavilionOnTwo.expelled.length > 0, 5000, 'the expulsion on process two');
    expect(pavilionOnTwo.got('chat')).toEqual([{ text: 'hello' }]);
    expect(pavilionOnTwo.notices).toEqual([{ kind: 'muted', until: null }]);
    expect(pavilionOnTwo.expelled).toEqual([CLOSE_CODES.removed]);
    // A meeting's connection shows no chat, but is told and closed like any other.
    expect(meetingOnTwo.got('chat')).toEqual([]);
    expect(meetingOnTwo.notices).toHaveLength(1);
    expect(meetingOnTwo.expelled).toEqual([CLOSE_CODES.removed]);

    // Process one hears its own deliveries back from Redis and does not deliver them twice.
    await settled(two, new Connection(), one, userId);
    expect(plazaOnOne.got('chat')).toHaveLength(1);
    expect(plazaOnOne.notices).toHaveLength(1);
    expect(plazaOnOne.expelled).toHaveLength(1);
  });
});

describe('where people are, across processes', () => {
  it('sees arrivals, hand-overs between processes and departures made on another process', async () => {
    const [one, two] = directories(newProcessBus(), newProcessBus());
    await Promise.all([one!.ready, two!.ready]);
    const ada = person('Ada');
    const movedOnOne: string[] = [];
    const goneOnOne: string[] = [];
    one!.events.on('moved', (userId, _place, roomId) => userId === ada.id && movedOnOne.push(roomId));
    one!.events.on('gone', (userId) => userId === ada.id && goneOnOne.push(userId));

    let dropped = false;
    const inPlaza: Presence = { ...presenceOf(ada, plaza, 'plaza-1'), away: () => dropped };
    one!.arrive(inPlaza);
    await until(() => two!.whereIs(ada.id)?.roomId === 'plaza-1', 5000, 'the arrival on process two');
    expect(headcount(two!, () => false)).toEqual({ plaza: 1, pavilions: {} });
    // Her connection drops, her seat held: not counted anywhere until she is back.
    dropped = true;
    await until(() => two!.whereIs(ada.id)!.away(), 5000, 'her dropped connection on process two');
    expect(headcount(two!, () => false)).toEqual({ plaza: 0, pavilions: {} });
    dropped = false;
    await until(() => !two!.whereIs(ada.id)!.away(), 5000, 'her return on process two');

    // Hand-over: she joins a pavilion room of process two before leaving the plaza on process one.
    const inPavilion = presenceOf(ada, kz, 'kz-1');
    two!.arrive(inPavilion);
    await until(() => one!.whereIs(ada.id)?.roomId === 'kz-1', 5000, 'the hand-over on process one');
    one!.depart(inPlaza);
    await until(() => headcount(two!, () => false).plaza === 0, 5000, 'the plaza departure on process two');
    expect(headcount(one!, () => false)).toEqual({ plaza: 0, pavilions: { kz: 1 } });
    expect(headcount(two!, () => false)).toEqual({ plaza: 0, pavilions: { kz: 1 } });
    expect(two!.whereIs(ada.id)).toBe(inPavilion);

    two!.depart(inPavilion);
    await until(() => goneOnOne.length === 1, 5000, 'her departure on process one');
    expect(one!.whereIs(ada.id)).toBeUndefined();
    expect(movedOnOne).toEqual(['plaza-1', 'kz-1']);
  });

  it('tells a process that starts later who is already present, and forgets the people of a process that stops', async () => {
    const [one] = directories(newProcessBus());
    await one!.ready;
    const bo = person('Bo');
    one!.arrive(presenceOf(bo, kz, 'kz-7'));
    const [late] = directories(newProcessBus());
    await late!.ready;
    await until(() => late!.whereIs(bo.id)?.roomId === 'kz-7', 5000, 'the late process to learn of Bo');

    // Process one falls silent, as a crashed process would: its people are forgotten after a few beats.
    one!.close();
    await until(() => late!.whereIs(bo.id) === undefined, 5000, 'Bo to be forgotten');
  });
});

describe('the lead feed across processes', () => {
  it('brings a lead taken on one process to a follower on another, and once to a follower on the same', async () => {
    const [one, two] = [new LeadFeed(newProcessBus()), new LeadFeed(newProcessBus())];
    await Promise.all([one.ready, two.ready]);
    const boothId = `booth-${randomUUID()}`;
    const onOne: Lead[] = [];
    const onTwo: Lead[] = [];
    one.subscribe(boothId, (lead) => onOne.push(lead));
    two.subscribe(boothId, (lead) => onTwo.push(lead));
    const lead: Lead = {
      id: randomUUID(),
      boothId,
      name: 'Aigerim',
      organisation: 'KazTrade',
      email: 'aigerim@example.kz',
      message: 'Call me',
      lang: 'kk',
      createdAt: new Date().toISOString(),
    };
    one.publish(lead);
    expect(onOne).toEqual([lead]);
    await until(() => onTwo.length === 1, 5000, 'the lead on process two');
    expect(onTwo).toEqual([lead]);
    // A second lead, published from process two, comes after the first's echo would have.
    two.publish({ ...lead, id: randomUUID() });
    await until(() => onOne.length === 2, 5000, 'the second lead on process one');
    expect(onOne[0]).toEqual(lead);
  });
});

describe.each(BACKENDS)('mutes, bans, finding and tours across processes ($name)', ({ create }) => {
  const db = databaseForSuite(create);

  it('applies a ban, a mute and their lifting made on one process at once on the other', async () => {
    const [busOne, busTwo] = [newProcessBus(), newProcessBus()];
    const [clientsOne, clientsTwo] = [new ClientDirectory(busOne), new ClientDirectory(busTwo)];
    const one = await Moderation.open(db().db, clientsOne, busOne);
    const two = await Moderation.open(db().db, clientsTwo, busTwo);
    const organiser = person('Olzhas', 'organiser');
    const troll = person('Troll');
    await recordSession(db().db, troll, null);
    const trollOnTwo = new Connection();
    clientsTwo.add(troll.id, trollOnTwo);

    expect((await one.act(organiser, { action: 'mute', userId: troll.id, reason: 'spam', minutes: 10 })).ok).toBe(true);
    expect(one.muteOf(troll.id)).toBeDefined();
    await until(() => two.muteOf(troll.id) !== undefined, 5000, 'the mute on process two');
    expect(two.muteOf(troll.id)!.until!.getTime()).toBe(one.muteOf(troll.id)!.until!.getTime());
    expect(two.muteOf(troll.id)!.reason).toBe('spam');
    expect(trollOnTwo.notices).toEqual([
      { kind: 'muted', reason: 'spam', until: one.muteOf(troll.id)!.until!.toISOString() },
    ]);

    await one.act(organiser, { action: 'unmute', userId: troll.id, reason: '' });
    await until(() => two.muteOf(troll.id) === undefined, 5000, 'the unmute on process two');
    expect(trollOnTwo.notices.at(-1)).toEqual({ kind: 'unmuted' });

    await one.act(organiser, { action: 'ban', userId: troll.id, reason: 'abuse' });
    expect(one.isBanned(troll.id)).toBe(true);
    await until(() => two.isBanned(troll.id), 5000, 'the ban on process two');
    expect(trollOnTwo.expelled).toEqual([CLOSE_CODES.banned]);

    // A process that starts now reads the ban from the database.
    const busThree = newProcessBus();
    expect((await Moderation.open(db().db, new ClientDirectory(busThree), busThree)).isBanned(troll.id)).toBe(true);

    await two.act(organiser, { action: 'unban', userId: troll.id, reason: '' });
    await until(() => !one.isBanned(troll.id), 5000, 'the unban on process one');
  });

  it('finds a person on another process and lets a newcomer come to them there', async () => {
    const [one, two] = directories(newProcessBus(), newProcessBus());
    await Promise.all([one!.ready, two!.ready]);
    const findOnTwo = new FindService(
      db().db,
      two!,
      () => false,
      () => false,
    );
    const [ainur, timur] = [person('Ainur Sadykova'), person('Timur')];
    one!.arrive(presenceOf(ainur, kz, 'kz-3'));
    await until(() => two!.whereIs(ainur.id) !== undefined, 5000, 'Ainur on process two');

    const found = await findOnTwo.search(timur, 'sadyk');
    // Other tests' people may be present too: the processes of this file share one redis-server.
    expect(found.find((p) => p.userId === ainur.id)?.place).toEqual(kz);
    const admission = await findOnTwo.admit(timur, ainur.id);
    expect(admission.ok && admission.target.roomId).toBe('kz-3');
  });

  it('runs a tour whose guide and members are in rooms of different processes', async () => {
    const [busOne, busTwo] = [newProcessBus(), newProcessBus()];
    const [whereOne, whereTwo] = directories(busOne, busTwo);
    const [clientsOne, clientsTwo] = [new ClientDirectory(busOne), new ClientDirectory(busTwo)];
    const [toursOne, toursTwo] = [
      new TourHub(whereOne!, clientsOne, busOne),
      new TourHub(whereTwo!, clientsTwo, busTwo),
    ];
    closers.push(
      () => toursOne.close(),
      () => toursTwo.close(),
    );
    await Promise.all([whereOne!.ready, whereTwo!.ready, clientsOne.ready, clientsTwo.ready]);
    await Promise.all([toursOne.ready, toursTwo.ready]);
    const [guide, member] = [person('Gulnara', 'organiser'), person('Marat')];
    const [guideOnOne, memberOnTwo] = [new Connection(), new Connection()];
    clientsOne.add(guide.id, guideOnOne);
    clientsTwo.add(member.id, memberOnTwo);
    const guideInPlaza = presenceOf(guide, plaza, 'plaza-1');
    whereOne!.arrive(guideInPlaza);
    whereTwo!.arrive(presenceOf(member, plaza, 'plaza-2'));
    await until(() => whereOne!.whereIs(member.id) !== undefined && whereTwo!.whereIs(guide.id) !== undefined);

    // Started in process one, listed and joined in process two.
    const started = toursOne.start(guide, 'Silk Road crafts');
    if (!('id' in started)) throw new Error(JSON.stringify(started));
    await until(() => toursTwo.list().some((t) => t.id === started.id), 5000, 'the tour on process two');
    expect(toursTwo.join(member, started.id)).toBeUndefined();
    const follow = (place: Zone, roomId: string): TourFollow => ({
      tourId: started.id,
      guideId: guide.id,
      place,
      roomId,
    });
    await until(() => memberOnTwo.got(TourMessages.follow).length === 1, 5000, 'the call to join the guide');
    expect(memberOnTwo.got(TourMessages.follow)).toEqual([follow(plaza, 'plaza-1')]);
    await until(
      () => toursOne.list().find((t) => t.id === started.id)?.members === 1,
      5000,
      'the member on process one',
    );
    // The guide, connected to process one, hears of the new member.
    await until(() => guideOnOne.got(TourMessages.state).some((s) => (s as TourState).tour?.members === 1));

    // The guide walks into a pavilion room of process two: process one, which started the tour, calls the member.
    whereTwo!.arrive(presenceOf(guide, kz, 'kz-9'));
    whereOne!.depart(guideInPlaza);
    await until(() => memberOnTwo.got(TourMessages.follow).length === 2, 5000, 'the call to follow');
    expect(memberOnTwo.got(TourMessages.follow).at(-1)).toEqual(follow(kz, 'kz-9'));
    expect(toursTwo.stateOf(member.id)).toMatchObject({ role: 'member', tour: { id: started.id, place: kz } });

    // A process that starts later knows the tour too.
    const busThree = newProcessBus();
    const [whereThree] = directories(busThree);
    const toursThree = new TourHub(whereThree!, new ClientDirectory(busThree), busThree);
    closers.push(() => toursThree.close());
    await until(() => toursThree.list().some((t) => t.id === started.id && t.members === 1), 5000, 'the late process');

    // Ended from the guide's room in process two: the member is told once, every process forgets it.
    expect(toursTwo.end(guide.id)).toBeUndefined();
    await until(() => memberOnTwo.got(TourMessages.ended).length === 1, 5000, 'the end');
    const ended = (hub: TourHub) => !hub.list().some((t) => t.id === started.id);
    await until(() => ended(toursOne) && ended(toursThree), 5000, 'the tour to end everywhere');
    expect(toursOne.follows(member.id, guide.id)).toBe(false);
  });
});

/** The bus as a process sees it, losing the next event of `kind` it publishes on `topic`, as a failed publish would. */
function losing(bus: RedisPresence, topic: string, kind: string): { bus: RedisPresence; lost: () => boolean } {
  let lost = false;
  const proxy = new Proxy(bus, {
    get(target, key) {
      if (key === 'publish')
        return (channel: string, data: { event?: { kind?: string } }) => {
          if (!lost && channel === topic && data?.event?.kind === kind) {
            lost = true;
            return Promise.resolve();
          }
          return target.publish(channel, data);
        };
      const value: unknown = Reflect.get(target, key);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { bus: proxy, lost: () => lost };
}

describe('where people are, when the bus loses a message', () => {
  it('forgets a person whose departure was lost, as the process they left tells everyone it has', async () => {
    const real = newProcessBus();
    const { bus, lost } = losing(real, 'presence.directory', 'departed');
    const one = new PresenceDirectory(bus, 200);
    closers.push(() => one.close());
    const [two] = directories(newProcessBus());
    await Promise.all([one.ready, two!.ready]);
    const cem = person('Cem');
    const inPlaza = presenceOf(cem, plaza, 'plaza-4');
    one.arrive(inPlaza);
    await until(() => two!.whereIs(cem.id) !== undefined, 5000, 'the arrival on process two');
    one.depart(inPlaza);
    expect(lost()).toBe(true);
    await until(() => two!.whereIs(cem.id) === undefined, 5000, 'the ghost to be forgotten');
  });
});

describe('tours when the bus fails', () => {
  it('lets a guide start again when their start was lost on the bus', async () => {
    const real = newProcessBus();
    const { bus, lost } = losing(real, 'tours', 'started');
    const [where] = directories(real);
    const tours = new TourHub(where!, new ClientDirectory(real), bus, 200);
    closers.push(() => tours.close());
    await Promise.all([where!.ready, tours.ready]);
    const guide = person('Aruzhan', 'organiser');
    where!.arrive(presenceOf(guide, plaza, 'plaza-1'));

    const first = tours.start(guide, 'Lost on the way');
    expect('id' in first && lost()).toBe(true);
    expect(tours.start(guide, 'Again')).toMatchObject({ refusal: { code: 'tour_already_leading' } });
    await until(() => 'id' in tours.start(guide, 'Again'), 5000, 'the guide to be free to start again');
    await until(() => tours.stateOf(guide.id).role === 'guide', 5000, 'the second tour');
  });

  it('moves a tour along from another process when the process that started it stops', async () => {
    const [busOne, busTwo] = [newProcessBus(), newProcessBus()];
    const [whereOne, whereTwo] = directories(busOne, busTwo);
    const [clientsOne, clientsTwo] = [new ClientDirectory(busOne), new ClientDirectory(busTwo)];
    const [toursOne, toursTwo] = [
      new TourHub(whereOne!, clientsOne, busOne, 200),
      new TourHub(whereTwo!, clientsTwo, busTwo, 200),
    ];
    closers.push(
      () => toursOne.close(),
      () => toursTwo.close(),
    );
    await Promise.all([whereOne!.ready, whereTwo!.ready, clientsOne.ready, clientsTwo.ready]);
    await Promise.all([toursOne.ready, toursTwo.ready]);
    const [guide, member] = [person('Dilnoza', 'organiser'), person('Erlan')];
    const memberOnTwo = new Connection();
    clientsTwo.add(member.id, memberOnTwo);
    whereTwo!.arrive(presenceOf(guide, plaza, 'plaza-2'));
    whereTwo!.arrive(presenceOf(member, plaza, 'plaza-2'));
    await until(() => whereOne!.whereIs(guide.id) !== undefined && whereOne!.whereIs(member.id) !== undefined);
    const started = toursOne.start(guide, 'Felt and wool');
    if (!('id' in started)) throw new Error(JSON.stringify(started));
    await until(() => toursTwo.list().some((t) => t.id === started.id), 5000, 'the tour on process two');
    expect(toursTwo.join(member, started.id)).toBeUndefined();
    await until(() => toursTwo.follows(member.id, guide.id), 5000, 'the member on the tour');

    // Process one, which moves the tour along, crashes; the guide walks on meanwhile: process two
    // takes over the tour and calls the member.
    toursOne.close();
    whereOne!.close();
    clientsOne.close();
    whereTwo!.arrive(presenceOf(guide, kz, 'kz-3'));
    await until(() => memberOnTwo.got(TourMessages.follow).length > 0, 5000, 'the call to follow from process two');
    expect(memberOnTwo.got(TourMessages.follow).at(-1)).toEqual({
      tourId: started.id,
      guideId: guide.id,
      place: kz,
      roomId: 'kz-3',
    });
  });
});

describe.each(BACKENDS)('the announcement board across processes ($name)', ({ create }) => {
  it('shows a new announcement at once where it was made, and soon on every other process', async () => {
    const database = await create();
    const db = await openDatabase({ databaseUrl: database.env.DATABASE_URL, dataDir: database.env.DATA_DIR });
    try {
      const one = await AnnouncementBoard.open(db.db, newProcessBus());
      const two = await AnnouncementBoard.open(db.db, newProcessBus());
      closers.push(
        () => one.close(),
        () => two.close(),
      );
      const organiser = person('Olzhas', 'organiser');
      const started = await one.start(organiser, { en: 'Doors open at ten' }, undefined);
      expect(one.current()?.id).toBe(started.id);
      await until(() => two.current()?.id === started.id, 5000, 'the announcement on process two');

      await two.end(started.id);
      expect(two.current()).toBeNull();
      await until(() => one.current() === null, 5000, 'the end on process one');
    } finally {
      await db.close();
      await database.drop();
    }
  });
});

describe('a meeting changed over HTTP on another process', () => {
  it('reaches its room on the process hosting it, once, and once where it was changed', async () => {
    const [one, two] = [new MeetingHub(newProcessBus()), new MeetingHub(newProcessBus())];
    closers.push(
      () => one.close(),
      () => two.close(),
    );
    await Promise.all([one.ready, two.ready]);
    const meetingId = randomUUID();
    let heardInRoom = 0;
    const stopWatching = one.watchRevisions(meetingId, () => heardInRoom++);
    two.revised(meetingId);
    await until(() => heardInRoom === 1, 5000, 'the revision on the hosting process');
    one.revised(meetingId);
    expect(heardInRoom).toBe(2);
    // Its own echo from Redis is not a second revision: a later one from the other process comes after it.
    two.revised(meetingId);
    await until(() => heardInRoom === 3, 5000, 'the second revision from process two');
    expect(heardInRoom).toBe(3);
    stopWatching();
  });
});

describe.each(BACKENDS)('the stage and booth removal across processes ($name)', ({ create }) => {
  const db = databaseForSuite(create);

  const stageHub = async () => {
    const hub = new StageHub(db().db, undefined, newProcessBus(), 200);
    closers.push(() => hub.close());
    await hub.ready;
    return hub;
  };

  it("shows a pavilion's hands and speakers, as its host has them, on every process", async () => {
    const [host, other] = [await stageHub(), await stageHub()];
    const speaker = person('Aigerim');
    const asking = person('Bakyt');
    const stopHosting = host.watch(
      'kz',
      () => undefined,
      () => undefined,
    );
    await host.promote('kz', speaker.id);
    host.raiseHand('kz', asking, true);
    await until(() => other.status('kz').hands.length === 1, 5000, 'the raised hand on the other process');
    expect(other.isPromoted('kz', speaker.id)).toBe(true);
    expect(other.isPromoted('kz', asking.id)).toBe(false);
    expect(other.status('kz').hands.map((h) => h.userId)).toEqual([asking.id]);

    // A process that starts later asks, and hears of the promotion made before it was there.
    const late = await stageHub();
    await until(() => late.isPromoted('kz', speaker.id), 5000, 'the promotion on the late process');

    await host.demote('kz', speaker.id);
    await until(() => !other.isPromoted('kz', speaker.id), 5000, 'the demotion on the other process');
    await host.promote('kz', speaker.id);
    await until(() => late.isPromoted('kz', speaker.id), 5000, 'the new promotion on the late process');

    // The pavilion's rooms move to another process: its (empty) stage is the one every process sees.
    stopHosting();
    const stopNewHost = other.watch(
      'kz',
      () => undefined,
      () => undefined,
    );
    expect(other.isPromoted('kz', speaker.id)).toBe(false);
    await until(() => !late.isPromoted('kz', speaker.id), 5000, 'the new host heard on the late process');
    expect(late.status('kz')).toEqual({ hands: [], promoted: [] });
    stopNewHost();
  });

  it('forgets the speakers of a host process that stops', async () => {
    const [host, other] = [await stageHub(), await stageHub()];
    const speaker = person('Nurlan');
    host.watch(
      'uz',
      () => undefined,
      () => undefined,
    );
    await host.promote('uz', speaker.id);
    await until(() => other.isPromoted('uz', speaker.id), 5000, 'the promotion on the other process');
    // The host crashes, never telling that its stage is gone.
    host.close();
    await until(() => !other.isPromoted('uz', speaker.id), 5000, 'the stopped host forgotten');
  });

  it("brings a booth's new content to the other processes, without telling their rooms the stands moved", async () => {
    const log = createLogger('silent');
    const [one, two] = [
      await CatalogueService.open(db().db, 'assets/catalogue.json'),
      await CatalogueService.open(db().db, 'assets/catalogue.json'),
    ];
    await one.shareChangesOn(newProcessBus(), log);
    await two.shareChangesOn(newProcessBus(), log);
    let roomsToldOnTwo = 0;
    const stop = two.onChanged(() => roomsToldOnTwo++);
    const booth = one.current.pavilions[0]!.booths[0]!;
    const tagline = { en: `Now on stand ${randomUUID().slice(0, 8)}` };
    await one.updateContent(booth.id, { ...booth.content, tagline });
    expect(one.booth(booth.id)?.content.tagline).toEqual(tagline);
    await until(() => two.booth(booth.id)?.content.tagline.en === tagline.en, 5000, 'the new tagline on process two');
    // A set-up change after it reaches process two's rooms: the content alone told them nothing.
    await one.change(async () => undefined);
    await until(() => roomsToldOnTwo === 1, 5000, 'the set-up change on process two');
    stop();
  });

  it('removes a booth where its visits are counted, refusing while someone stands at it on that process', async () => {
    const [busOne, busTwo] = [newProcessBus(), newProcessBus()];
    const log = createLogger('silent');
    const [catalogueOne, catalogueTwo] = [
      await CatalogueService.open(db().db, 'assets/catalogue.json'),
      await CatalogueService.open(db().db, 'assets/catalogue.json'),
    ];
    const visitsTwo = new BoothVisits(db().db, log);
    // Every pavilion's rooms are on process two. Ids of this test's own: channels are shared by the whole file.
    const [idOne, idTwo] = [randomUUID(), randomUUID()];
    const placedOn = (processId: string): PavilionPlacement => ({
      processId: () => processId,
      hostOf: async () => idTwo,
    });
    const one = new BoothRemoval(catalogueOne, new BoothVisits(db().db, log), busOne, placedOn(idOne));
    const two = new BoothRemoval(catalogueTwo, visitsTwo, busTwo, placedOn(idTwo));
    closers.push(
      () => one.close(),
      () => two.close(),
    );
    await Promise.all([one.listen(), two.listen()]);
    const [visited, empty] = catalogueOne.current.pavilions.find((p) => p.booths.length >= 2)!.booths;

    visitsTwo.at('session-1', person('Visitor').id, visited!.id);
    const refused = await one.remove(visited!.id).catch((err: unknown) => err);
    expect(refused).toBeInstanceOf(HttpError);
    expect(refused).toMatchObject({
      status: 409,
      refusal: { code: 'booth_not_empty', params: { leads: 0, visits: 1 } },
    });
    expect(catalogueTwo.booth(visited!.id)).toBeDefined();

    expect(await one.remove(empty!.id)).toBe(0);
    // Removed by process two, whose catalogue knows it at once.
    expect(catalogueTwo.booth(empty!.id)).toBeUndefined();
    expect(await db().db.selectFrom('booths').select('id').where('id', '=', empty!.id).execute()).toEqual([]);
  });

  it('when the host does not answer in time, says the booth went if it did, else to try again', async () => {
    const log = createLogger('silent');
    const [catalogueAsker, catalogueHost] = [
      await CatalogueService.open(db().db, 'assets/catalogue.json'),
      await CatalogueService.open(db().db, 'assets/catalogue.json'),
    ];
    // The pavilion's host is a process that has stopped answering (or answers too late).
    const silentHost = randomUUID();
    const asker = new BoothRemoval(
      catalogueAsker,
      new BoothVisits(db().db, log),
      newProcessBus(),
      { processId: () => randomUUID(), hostOf: async () => silentHost },
      300,
    );
    closers.push(() => asker.close());
    const [kept, removedMeanwhile] = catalogueAsker.current.pavilions.find((p) => p.booths.length >= 2)!.booths;

    const refused = await asker.remove(kept!.id).catch((err: unknown) => err);
    expect(refused).toMatchObject({ status: 503, code: 'unavailable', refusal: { code: 'try_again' } });
    expect(catalogueAsker.booth(kept!.id)).toBeDefined();

    // The host removed it all the same, its answer lost: the asker reports the removal done.
    const host = new BoothRemoval(catalogueHost, new BoothVisits(db().db, log), newProcessBus(), undefined);
    await host.remove(removedMeanwhile!.id);
    expect(catalogueAsker.booth(removedMeanwhile!.id)).toBeDefined();
    expect(await asker.remove(removedMeanwhile!.id)).toBe(0);
  });
});
