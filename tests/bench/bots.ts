/**
 * Bot process of the crowd benchmark (tests/bench/crowd.ts), started with an IPC channel: a group
 * of visitors who each open a real session, join one pavilion's room at its entrance and then
 * behave like a crowd at an expo: walk to a spot by one of the booths, the middle of the hall or
 * the door, linger there a few seconds, walk on. They cluster where people cluster, so each has
 * many others near, which is what interest management has to cope with. Each counts the bytes its
 * WebSocket receives.
 */
import { Client, type Room } from 'colyseus.js';
import { ANIMS, LIMITS, MESSAGES, PROTOCOL_VERSION, ROOMS } from '../../shared/protocol.ts';
import { dequantizePosition } from '../../shared/quantize.ts';
import type { ExpoRoomState } from '../../shared/schema.ts';
import type { Vec2 } from '../../shared/world/geometry.ts';
import type { Zone } from '../../shared/world/world.ts';
import { seedWorld } from '../fixtures/world.ts';
import type { CrowdFromBots, CrowdJoinOrder, CrowdToBots } from './crowdShared.ts';
import { nextSpot, spotsOfInterest, strideTowards } from './spots.ts';
import { sleep, withTimeout } from './stageShared.ts';
import { runBots, sendToBench } from './botFrame.ts';

const world = seedWorld;
/** How long a bot stays at a spot. */
const LINGER_MS = [1000, 6000] as const;
const JOINS_AT_ONCE = 10;

const send: (message: CrowdFromBots) => void = sendToBench;

interface Bot {
  room: Room<ExpoRoomState>;
  at: Vec2;
  /** Where it is walking to, or undefined while it lingers until `until`. */
  target: Vec2 | undefined;
  until: number;
  bytes: number;
  corrections: number;
}

const bots: Bot[] = [];
let markedAt = performance.now();
let stopping = false;
let timer: NodeJS.Timeout | undefined;

const linger = (bot: Bot, now: number) => {
  bot.target = undefined;
  bot.until = now + LINGER_MS[0] + Math.random() * (LINGER_MS[1] - LINGER_MS[0]);
};

async function joinOne(order: CrowdJoinOrder, index: number): Promise<Bot> {
  const response = await fetch(`${order.serverUrl}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: `Crowd bot ${index}`, country: order.pavilionId, lang: 'en' }),
    signal: AbortSignal.timeout(30_000),
  });
  if (!response.ok) throw new Error(`POST /api/session: ${response.status}`);
  const { token } = (await response.json()) as { token: string };
  const room = await new Client(order.serverUrl).joinOrCreate<ExpoRoomState>(ROOMS.pavilion, {
    token,
    protocol: PROTOCOL_VERSION,
    pavilionId: order.pavilionId,
  });
  // Chat history, the stage and the rest are not this bot's business.
  room.onMessage('*', () => undefined);
  const bot: Bot = {
    room,
    at: world.entranceOf(order.pavilionId),
    target: undefined,
    until: 0,
    bytes: 0,
    corrections: 0,
  };
  const ws = (room.connection.transport as unknown as { ws: WebSocket }).ws;
  ws.addEventListener('message', (event: MessageEvent) => (bot.bytes += (event.data as ArrayBuffer).byteLength));
  room.onMessage(MESSAGES.correction, (c: Vec2) => {
    bot.corrections++;
    bot.at = { x: c.x, z: c.z };
    linger(bot, performance.now());
  });
  await withTimeout(
    (async () => {
      for (;;) {
        const self = room.state.players?.get(room.sessionId);
        if (self?.x !== undefined) return (bot.at = { x: dequantizePosition(self.x), z: dequantizePosition(self.z) });
        await sleep(50);
      }
    })(),
    15_000,
    'the first state',
  );
  linger(bot, performance.now());
  return bot;
}

/** One step of every bot: walkers move at walking pace toward their spot, lingerers pick the next when it is time. */
function stepAll(order: CrowdJoinOrder, zone: Zone, spots: Vec2[]): void {
  const now = performance.now();
  const step = LIMITS.walkSpeed / order.rate;
  for (const bot of bots) {
    if (!bot.target) {
      if (now >= bot.until) {
        bot.target = nextSpot(world, zone, spots, bot.at, step);
        if (!bot.target) linger(bot, now);
      }
      continue;
    }
    const ry = Math.atan2(bot.target.x - bot.at.x, bot.target.z - bot.at.z);
    bot.at = strideTowards(bot.at, bot.target, step);
    const arrived = bot.at === bot.target;
    bot.room.send(MESSAGES.move, {
      ...bot.at,
      ry,
      anim: arrived ? ANIMS.idle : ANIMS.walk,
    });
    if (arrived) linger(bot, now);
  }
}

async function join(order: CrowdJoinOrder): Promise<void> {
  const zone: Zone = { kind: 'pavilion', id: order.pavilionId };
  const spots = spotsOfInterest(world, zone);
  // The crowd walks while the rest of it arrives, as a real one would.
  timer = setInterval(() => stepAll(order, zone, spots), 1000 / order.rate);
  const errors: string[] = [];
  for (let i = 0; i < order.count; i += JOINS_AT_ONCE) {
    const batch = Array.from({ length: Math.min(JOINS_AT_ONCE, order.count - i) }, (_, j) => order.first + i + j);
    for (const result of await Promise.allSettled(batch.map((index) => joinOne(order, index)))) {
      if (result.status === 'fulfilled') bots.push(result.value);
      else errors.push(String((result.reason as Error).message));
    }
  }
  send({ phase: 'joined', ok: bots.length, errors });
}

function sample(): CrowdFromBots {
  const seconds = (performance.now() - markedAt) / 1000;
  return {
    phase: 'sample',
    bytesPerSecond: bots.map((b) => b.bytes / seconds),
    inView: bots.map((b) => {
      let seen = 0;
      b.room.state.players.forEach((p, id) => {
        if (id !== b.room.sessionId && p.x !== undefined) seen++;
      });
      return seen;
    }),
    walking: bots.filter((b) => b.target).length,
    corrections: bots.reduce((sum, b) => sum + b.corrections, 0),
  };
}

async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    clearInterval(timer);
    await withTimeout(Promise.allSettled(bots.map((b) => b.room.leave(true))), 15_000, 'leave').catch((error: Error) =>
      console.error(`crowd bots: ${error.message}`),
    );
    send({ phase: 'stopped' });
  }
  process.exit(code);
}

async function handle(message: CrowdToBots): Promise<void> {
  if (message.cmd === 'join') await join(message);
  else if (message.cmd === 'mark') {
    for (const bot of bots) bot.bytes = 0;
    markedAt = performance.now();
    send({ phase: 'marked' });
  } else if (message.cmd === 'sample') send(sample());
  else if (message.cmd === 'stop') await shutdown(0);
}

runBots('crowd bots', handle, shutdown);
