/**
 * Bot visitors for the benchmark, run in their own process so that they do not share the
 * server's event loop: N colyseus.js clients join the plaza and walk between random points.
 * Prints one JSON line with what the clients received.
 */
import { parseArgs } from 'node:util';
import { Client, type Room } from 'colyseus.js';
import { ANIMS, MESSAGES, PROTOCOL_VERSION, ROOMS, LIMITS } from '../../shared/protocol.ts';
import type { ExpoRoomState } from '../../shared/schema.ts';
import { isClearPath } from '../../shared/world/route.ts';
import { seedWorld } from '../fixtures/world.ts';

const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    clients: { type: 'string', default: '50' },
    seconds: { type: 'string', default: '20' },
    rate: { type: 'string', default: '10' },
  },
});
const url = values.url!;
const count = Number(values.clients);
const seconds = Number(values.seconds);
const rate = Math.min(Number(values.rate), LIMITS.moveRateHz);
const world = seedWorld;

interface Bot {
  room: Room<ExpoRoomState>;
  x: number;
  z: number;
  target: { x: number; z: number };
  bytes: number;
  corrections: number;
}

function randomTarget(from: { x: number; z: number }) {
  for (;;) {
    const angle = Math.random() * Math.PI * 2;
    const radius = 7 + Math.random() * 25;
    const target = { x: Math.cos(angle) * radius, z: Math.sin(angle) * radius };
    if (isClearPath(world, from, target)) return target;
  }
}

async function join(): Promise<Bot> {
  const response = await fetch(`${url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: `Bot ${Math.random().toString(36).slice(2, 7)}`, country: 'kz', lang: 'en' }),
  });
  const { token } = (await response.json()) as { token: string };
  const room = await new Client(url).joinOrCreate<ExpoRoomState>(ROOMS.plaza, { token, protocol: PROTOCOL_VERSION });
  const spawn = world.spawn;
  const bot: Bot = { room, x: spawn.x, z: spawn.z, target: randomTarget(spawn), bytes: 0, corrections: 0 };
  const ws = (room.connection.transport as unknown as { ws: WebSocket }).ws;
  ws.addEventListener('message', (event: MessageEvent) => {
    bot.bytes += (event.data as ArrayBuffer).byteLength;
  });
  room.onMessage(MESSAGES.correction, (c: { x: number; z: number }) => {
    bot.corrections++;
    bot.x = c.x;
    bot.z = c.z;
    bot.target = randomTarget(bot);
  });
  return bot;
}

const bots: Bot[] = [];
let errors = 0;
const joinStarted = Date.now();
for (let i = 0; i < count; i += 10) {
  const batch = await Promise.allSettled(Array.from({ length: Math.min(10, count - i) }, join));
  for (const result of batch) {
    if (result.status === 'fulfilled') bots.push(result.value);
    else errors++;
  }
}
const joinSeconds = (Date.now() - joinStarted) / 1000;
process.stdout.write(JSON.stringify({ phase: 'joined', bots: bots.length }) + '\n');

for (const bot of bots) bot.bytes = 0;
const step = LIMITS.walkSpeed / rate;
const started = Date.now();
const timer = setInterval(() => {
  for (const bot of bots) {
    const dx = bot.target.x - bot.x;
    const dz = bot.target.z - bot.z;
    const distance = Math.hypot(dx, dz);
    if (distance < step) {
      bot.target = randomTarget(bot);
      continue;
    }
    bot.x += (dx / distance) * step;
    bot.z += (dz / distance) * step;
    bot.room.send(MESSAGES.move, { x: bot.x, z: bot.z, ry: Math.atan2(dx, dz), anim: ANIMS.walk });
  }
}, 1000 / rate);

await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
clearInterval(timer);
const elapsed = (Date.now() - started) / 1000;
const perClient = bots.map((b) => b.bytes / elapsed).sort((a, b) => a - b);
const mean = perClient.reduce((sum, v) => sum + v, 0) / Math.max(1, perClient.length);
process.stdout.write(
  JSON.stringify({
    phase: 'done',
    bots: bots.length,
    errors,
    joinSeconds,
    seconds: elapsed,
    bytesPerClientPerSecond: { mean, p50: perClient[Math.floor(perClient.length / 2)] ?? 0 },
    corrections: bots.reduce((sum, b) => sum + b.corrections, 0),
  }) + '\n',
);
await Promise.allSettled(bots.map((b) => b.room.leave(true)));
process.exit(0);
