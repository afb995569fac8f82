/**
 * `npx tsx tests/bench/tick.ts [100,300,500] [ticks]`: the server's per-tick CPU without bots.
 * One room state with N players, each with its own StateView and interest bookkeeping
 * (server/rooms/roomInterest.ts) and the narrowed per-view encoding, whose clients send every
 * patch over a real WebSocket on 127.0.0.1 to a reader in this process, in slices as the server
 * does. Half the players move every tick. It prints the CPU time per tick (interest refresh +
 * encoding, as the server's expo_tick_cpu_seconds counts it) and with the sends that follow
 * (expo_patch_cpu_seconds), p50 and p99, so that a change to the tick can be judged without a
 * machine quiet enough for the full `npm run bench`.
 */
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { SchemaSerializer, type Client, type Room } from '@colyseus/core';
import { WebSocket, WebSocketServer } from 'ws';
import { LIMITS } from '../../shared/protocol.ts';
import { quantizePosition } from '../../shared/quantize.ts';
import { ExpoRoomState, PlayerState } from '../../shared/schema.ts';
import { PatchSlices, type SendFigures } from '../../server/rooms/patchSlices.ts';
import { RoomInterest } from '../../server/rooms/roomInterest.ts';
import { sharedPatchMemory } from '../../server/rooms/viewEncoding.ts';

const JOINED = 1;
const sizes = (process.argv[2] ?? '100,300,500').split(',').map(Number);
const ticks = Number(process.argv[3] ?? 300);
const patchMs = 1000 / LIMITS.patchRateHz;
/** A pavilion floor about this many metres across. */
const SIDE = 40;

async function sockets(count: number): Promise<{ server: WebSocket[]; close: () => Promise<void> }> {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await once(wss, 'listening');
  const server: WebSocket[] = [];
  wss.on('connection', (ws) => server.push(ws));
  const port = (wss.address() as AddressInfo).port;
  const readers = await Promise.all(
    Array.from({ length: count }, async () => {
      const ws = new WebSocket(`ws://127.0.0.1:${port}`);
      await once(ws, 'open');
      ws.on('message', () => {});
      return ws;
    }),
  );
  while (server.length < count) await new Promise((r) => setTimeout(r, 10));
  return {
    server,
    close: async () => {
      for (const ws of readers) ws.terminate();
      await new Promise((r) => wss.close(r));
    },
  };
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

async function measure(size: number): Promise<void> {
  const state = new ExpoRoomState();
  const serializer = new SchemaSerializer();
  serializer.reset(state);
  const room = { _serializer: serializer } as unknown as Room;
  const interest = new RoomInterest(state, { radius: 30, maxVisible: 48 }, patchMs);
  interest.narrowPatches(room);
  let sends: SendFigures | undefined;
  const slices = new PatchSlices(
    () => sharedPatchMemory(room),
    (figures) => (sends = figures),
    (error) => console.error(error),
  );
  const { server, close } = await sockets(size);
  const clients: Client[] = [];
  const spots: { x: number; z: number }[] = [];
  for (let i = 0; i < size; i++) {
    const sessionId = `s${i}`;
    const x = Math.random() * SIDE;
    const z = Math.random() * SIDE;
    spots.push({ x, z });
    const player = new PlayerState({ id: `u${i}`, name: `Visitor ${i}`, country: 'kz', role: 'visitor' });
    player.x = quantizePosition(x);
    player.z = quantizePosition(z);
    player.y = 0;
    player.ry = 0;
    player.anim = 0;
    player.away = false;
    state.players.set(sessionId, player);
    const ws = server[i]!;
    const client = {
      sessionId,
      state: JOINED,
      view: undefined,
      raw: (data: Buffer) => ws.send(data, { binary: true }),
    } as unknown as Client;
    interest.joined(client, player);
    clients.push(client);
    (client as unknown as { raw: (b: Buffer) => void }).raw(serializer.getFullState(client));
  }
  serializer.applyPatches(clients);
  const cpu: number[] = [];
  const whole: number[] = [];
  for (let t = 0; t < ticks; t++) {
    for (let i = t % 2; i < size; i += 2) {
      const spot = spots[i]!;
      spot.x = Math.min(SIDE, Math.max(0, spot.x + (Math.random() - 0.5) * 0.6));
      spot.z = Math.min(SIDE, Math.max(0, spot.z + (Math.random() - 0.5) * 0.6));
      const player = state.players.get(`s${i}`)!;
      player.x = quantizePosition(spot.x);
      player.z = quantizePosition(spot.z);
      player.ry = (player.ry + 1) % 256;
      player.anim = 1;
    }
    const before = process.cpuUsage();
    interest.beforePatch(clients);
    slices.patch(clients, () => serializer.applyPatches(clients));
    const used = process.cpuUsage(before);
    cpu.push((used.user + used.system) / 1000);
    // The sends go out in slices meanwhile; then the sockets drain and the readers read, as the patch interval would.
    await new Promise((r) => setTimeout(r, 5));
    slices.flushAll();
    whole.push(cpu.at(-1)! + (sends?.cpuSeconds ?? 0) * 1000);
    sends = undefined;
  }
  await close();
  const figures = (all: number[]) => {
    const steady = all.slice(Math.floor(ticks / 10)).sort((a, b) => a - b);
    const mean = steady.reduce((s, c) => s + c, 0) / steady.length;
    return `p50 ${percentile(steady, 50).toFixed(2)} ms, p99 ${percentile(steady, 99).toFixed(2)} ms, mean ${mean.toFixed(2)} ms`;
  };
  console.log(`N=${size}: tick CPU ${figures(cpu)}; with its sends ${figures(whole)}`);
}

for (const size of sizes) await measure(size);
process.exit(0);
