/**
 * Bot process of the soak (tests/bench/soak.ts), started with an IPC channel: bots that visit the
 * expo over and over, as people come and go through a day. A visit: open a new session, join the
 * plaza or one of the pavilions open to visits now (soakShared.ts), walk between a few spots where
 * people gather, say something in the room's chat on the way, leave; a pause; the next visit.
 * Every client error is counted by kind: a refused session or join, a corrected move, a notice
 * (a refusal, throttling), a chat line that did not come back, a room error, a disconnect the bot
 * did not ask for.
 */
import type { ChatMessage } from '../../shared/chat.ts';
import { COUNTRY_IDS } from '../../shared/countries.ts';
import { ANIMS, LIMITS, MESSAGES, type Correction, type Notice } from '../../shared/protocol.ts';
import type { Vec2 } from '../../shared/world/geometry.ts';
import type { Zone } from '../../shared/world/world.ts';
import { joinZone, ownSpot, signIn, type ExpoRoomClient } from '../fixtures/restartBots.ts';
import { sleep } from '../fixtures/waiting.ts';
import { seedWorld } from '../fixtures/world.ts';
import { emptyTally, placeToVisit, type SoakFromBots, type SoakStartOrder, type SoakToBots } from './soakShared.ts';
import { nextSpot, spotsOfInterest, strideTowards } from './spots.ts';
import { withTimeout } from './stageShared.ts';
import { runBots, sendToBench } from './botFrame.ts';

const world = seedWorld;
/**
 * Moves a walking bot sends per second, and its stride: a stroll at half walking pace. Moves that
 * wait in the socket while the server is busy arrive together; the server takes a burst of
 * LIMITS.moveBurst and judges each stride as if 50 ms apart, which 0.4 m passes, so a bot within
 * the rules is not refused for the server's own pauses shorter than a second.
 */
const STEP_HZ = 5;
const STRIDE = LIMITS.walkSpeed / 2 / STEP_HZ;
/** Spots walked to in one visit; how long a bot stays at each, and away between visits. */
const LEGS = [2, 4] as const;
const LINGER_MS = [1000, 4000] as const;
const AWAY_MS = [2000, 6000] as const;
/** The bots' first visits spread over this long, so that they do not all sign in at once. */
const FIRST_VISIT_MS = 15_000;
/** Chance of a chat line at each spot: at most four a visit, within the room's burst of five. */
const CHAT_CHANCE = 0.5;
/** How long a chat line may take to come back to its sender through the room. */
const ECHO_MS = 5000;
const LEAVE_MS = 10_000;

const between = ([low, high]: readonly [number, number]) => low + Math.random() * (high - low);

const tally = emptyTally();
let finishing = false;
let stopping = false;
let lives: Promise<void>[] = [];

const send: (message: SoakFromBots) => void = sendToBench;

function countError(error: string, times = 1): void {
  tally.errors[error] = (tally.errors[error] ?? 0) + times;
}

/** Waits `ms`, or less once the run is finishing. */
async function pause(ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!finishing && Date.now() < end) await sleep(Math.min(250, end - Date.now()));
}

/** Where a bot stands as the server has it; a correction from the server ends the walk under way. */
interface Walker {
  at: Vec2;
  corrected: boolean;
}

/** Walks in a straight line, one stride per move, until there or corrected or the run is finishing. */
async function walk(room: ExpoRoomClient, self: Walker, to: Vec2): Promise<void> {
  self.corrected = false;
  while (self.at !== to && !self.corrected && !finishing) {
    const ry = Math.atan2(to.x - self.at.x, to.z - self.at.z);
    self.at = strideTowards(self.at, to, STRIDE);
    room.send(MESSAGES.move, { ...self.at, ry, anim: self.at === to ? ANIMS.idle : ANIMS.walk });
    tally.moves++;
    await sleep(1000 / STEP_HZ);
  }
}

/** One visit of bot `n` to `zone`; what goes wrong is counted under the step it went wrong in. */
async function visit(order: SoakStartOrder, n: number, visitNumber: number, zone: Zone): Promise<void> {
  const where = zone.kind;
  let step = 'open a session';
  let room: ExpoRoomClient | undefined;
  let leaving = false;
  const unanswered = new Set<string>();
  try {
    const { token, userId } = await signIn(order.serverUrl, `Soak bot ${n}`, COUNTRY_IDS[n % COUNTRY_IDS.length]!);
    step = `join the ${where}`;
    room = await joinZone(order.serverUrl, token, zone);
    tally.joins[where]++;
    const self: Walker = { at: { x: 0, z: 0 }, corrected: false };
    room.onMessage(MESSAGES.chat, (m: ChatMessage) => m.fromId === userId && unanswered.delete(m.text));
    room.onMessage(MESSAGES.correction, (c: Correction) => {
      countError(`a move in the ${where} corrected by the server`);
      Object.assign(self, { at: c, corrected: true });
    });
    room.onMessage(MESSAGES.notice, (notice: Notice) =>
      countError(`notice in the ${where}: ${notice.kind}${notice.refusal ? ` (${notice.refusal.code})` : ''}`),
    );
    room.onError((code, message) => countError(`room error in the ${where}: ${code} ${message ?? ''}`.trim()));
    room.onLeave((code) => leaving || countError(`disconnected from the ${where} (close code ${code})`));
    step = `wait for the first state of the ${where}`;
    self.at = await ownSpot(room);
    step = `walk and chat in the ${where}`;
    const spots = spotsOfInterest(world, zone);
    const legs = Math.round(between(LEGS));
    for (let leg = 0; leg < legs && !finishing; leg++) {
      const target = nextSpot(world, zone, spots, self.at, STRIDE);
      if (target) await walk(room, self, target);
      if (Math.random() < CHAT_CHANCE) {
        const text = `Soak bot ${n}, visit ${visitNumber}, spot ${leg + 1}: salem, salam, merhaba!`;
        unanswered.add(text);
        room.send(MESSAGES.chat, { kind: 'room', text });
        tally.chats++;
      }
      await pause(between(LINGER_MS));
    }
    const deadline = Date.now() + ECHO_MS;
    while (unanswered.size > 0 && Date.now() < deadline) await sleep(50);
    if (unanswered.size > 0) countError(`chat line not back within ${ECHO_MS} ms in the ${where}`, unanswered.size);
    step = `leave the ${where}`;
    leaving = true;
    await withTimeout(room.leave(true), LEAVE_MS, 'leaving');
    tally.cycles++;
  } catch (error) {
    countError(`${step}: ${error instanceof Error ? error.message : String(error)}`);
    if (room && !leaving) {
      leaving = true;
      await withTimeout(room.leave(true), LEAVE_MS, 'leaving').catch(() => undefined);
    }
  }
}

/** Bot `n`'s visits, one after another, with a new session each, until the run is finishing. */
async function life(order: SoakStartOrder, n: number): Promise<void> {
  await pause(Math.random() * FIRST_VISIT_MS);
  for (let visitNumber = 1; !finishing; visitNumber++) {
    await visit(order, n, visitNumber, placeToVisit(Date.now() - order.startedAt, Math.random()));
    await pause(between(AWAY_MS));
  }
}

async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    finishing = true;
    await withTimeout(Promise.all(lives), ECHO_MS + LEAVE_MS + 5000, 'finishing the visits').catch((error: Error) =>
      console.error(`soak bots: ${error.message}`),
    );
    send({ phase: 'stopped' });
  }
  process.exit(code);
}

async function handle(message: SoakToBots): Promise<void> {
  if (message.cmd === 'start') {
    lives = Array.from({ length: message.count }, (_, i) => life(message, message.first + i));
  } else if (message.cmd === 'finish') {
    finishing = true;
    await Promise.all(lives);
    send({ phase: 'finished', tally });
  } else if (message.cmd === 'stop') await shutdown(0);
}

runBots('soak bots', handle, shutdown);
