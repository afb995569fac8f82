/**
 * Bot process of the voice benchmark (tests/bench/voice.ts), started with an IPC channel: a group
 * of visitors who each open a real session, join one pavilion's Colyseus room, walk to a spot of a
 * small cluster near its entrance, ask the room for a voice token, publish a tone as their
 * microphone, and subscribe only to the voices shared/voice.ts chooses from the positions the
 * room's state reports, as the browser does. Like the stage bots, it must run in the network
 * namespace of scripts/in-netns.sh with TM_NETNS_VETH=1.
 */
import {
  AudioFrame,
  AudioSource,
  ContinualGatheringPolicy,
  IceServer,
  IceTransportType,
  LocalAudioTrack,
  Room,
  TrackKind,
  TrackPublishOptions,
  TrackSource,
  dispose,
  type RoomOptions,
} from '@livekit/rtc-node';
import { Client, type Room as ExpoRoom } from 'colyseus.js';
import { PROTOCOL_VERSION, ROOMS } from '../../shared/protocol.ts';
import { dequantizePosition } from '../../shared/quantize.ts';
import type { ExpoRoomState } from '../../shared/schema.ts';
import { chooseHeard, VOICE, VoiceMessages, VoiceTokenReply, type VoiceSpeaker } from '../../shared/voice.ts';
import { isClearPath } from '../../shared/world/route.ts';
import { walk } from '../fixtures/walker.ts';
import { seedWorld } from '../fixtures/world.ts';
import { sleep, withTimeout } from './stageShared.ts';
import type { VoiceBotSample, VoiceFromBots, VoiceJoinOrder, VoiceToBots } from './voiceShared.ts';
import { runBots, sendToBench } from './botFrame.ts';

const SAMPLE_RATE = 48_000;
/** 20 ms of tone per frame; the source's queue keeps it near real time. */
const SAMPLES = 960;
const TONE_AMPLITUDE = 6000;

const send: (message: VoiceFromBots) => void = sendToBench;

/** STUN only on a closed loopback port: nothing may look up or reach a public STUN server. */
const ROOM_OPTIONS: RoomOptions = {
  autoSubscribe: false,
  dynacast: true,
  rtcConfig: {
    iceTransportType: IceTransportType.TRANSPORT_ALL,
    continualGatheringPolicy: ContinualGatheringPolicy.GATHER_CONTINUALLY,
    iceServers: [new IceServer({ urls: ['stun:127.0.0.1:3478'] })],
  },
};

interface Bot {
  world: ExpoRoom<ExpoRoomState>;
  voice: Room;
  heard: string[];
}

const bots: Bot[] = [];
let stopping = false;

async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    await withTimeout(
      Promise.allSettled(bots.flatMap((b) => [b.voice.disconnect(), b.world.leave(true)])),
      15_000,
      'leave',
    ).catch((error: Error) => console.error(`voice bots: ${error.message}`));
    await withTimeout(dispose(), 5000, 'dispose').catch((error: Error) =>
      console.error(`voice bots: ${error.message}`),
    );
    send({ phase: 'stopped' });
  }
  process.exit(code);
}

/** A spot within `spread` metres of the entrance, inside the pavilion and reachable in a straight line. */
function clusterSpot(order: VoiceJoinOrder, from: { x: number; z: number }): { x: number; z: number } {
  const zone = { kind: 'pavilion' as const, id: order.pavilionId };
  for (let tries = 0; tries < 200; tries++) {
    const angle = Math.random() * Math.PI * 2;
    const radius = Math.sqrt(Math.random()) * order.spread;
    const spot = { x: from.x + Math.cos(angle) * radius, z: from.z + Math.sin(angle) * radius };
    if (seedWorld.fitsZone(zone, spot.x, spot.z) && !seedWorld.isBlocked(spot.x, spot.z)) {
      if (isClearPath(seedWorld, from, spot)) return spot;
    }
  }
  return from;
}

/** Everyone's microphone in the voice room, where the world room's state says they stand. */
function speakersOf(bot: Bot): VoiceSpeaker[] {
  const at = new Map<string, { x: number; z: number }>();
  bot.world.state.players.forEach((p) => at.set(p.id, { x: dequantizePosition(p.x), z: dequantizePosition(p.z) }));
  const speakers: VoiceSpeaker[] = [];
  for (const participant of bot.voice.remoteParticipants.values()) {
    const place = at.get(participant.identity);
    const mic = [...participant.trackPublications.values()].find((t) => t.source === TrackSource.SOURCE_MICROPHONE);
    if (place && mic) speakers.push({ identity: participant.identity, ...place, live: !mic.muted });
  }
  return speakers;
}

/** The browser's choice (client/net/voice.ts), made the same way: subscribe to the chosen, drop the rest. */
function choose(bot: Bot): void {
  const me = bot.world.state.players.get(bot.world.sessionId);
  if (!me || !bot.voice.isConnected) return;
  const listener = { x: dequantizePosition(me.x), z: dequantizePosition(me.z) };
  bot.heard = chooseHeard(listener, speakersOf(bot), new Set(bot.heard));
  const wanted = new Set(bot.heard);
  for (const participant of bot.voice.remoteParticipants.values()) {
    for (const publication of participant.trackPublications.values()) {
      if (publication.kind !== TrackKind.KIND_AUDIO) continue;
      const want = wanted.has(participant.identity);
      if (publication.subscribed !== want) publication.setSubscribed(want);
    }
  }
}

function voiceToken(world: ExpoRoom<ExpoRoomState>): Promise<{ url: string; token: string }> {
  return withTimeout(
    new Promise((resolve, reject) => {
      world.onMessage(VoiceMessages.token, (raw: unknown) => {
        const reply = VoiceTokenReply.safeParse(raw);
        if (!reply.success) return reject(new Error('a malformed voice token reply'));
        if (!reply.data.ok) return reject(new Error(`no voice: ${reply.data.reason}`));
        resolve(reply.data.token);
      });
      world.send(VoiceMessages.tokenRequest, {});
    }),
    15_000,
    'the voice token',
  );
}

async function session(order: VoiceJoinOrder, index: number): Promise<string> {
  const response = await fetch(`${order.serverUrl}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: `Voice bot ${index}`, country: order.pavilionId, lang: 'en' }),
    signal: AbortSignal.timeout(15_000),
  });
  if (!response.ok) throw new Error(`POST /api/session: ${response.status}`);
  return ((await response.json()) as { token: string }).token;
}

/** A steady tone, a different pitch per bot, as its microphone. */
async function publishTone(room: Room, index: number): Promise<void> {
  const source = new AudioSource(SAMPLE_RATE, 1, 200);
  await room.localParticipant!.publishTrack(
    LocalAudioTrack.createAudioTrack('microphone', source),
    new TrackPublishOptions({ source: TrackSource.SOURCE_MICROPHONE }),
  );
  const hz = 220 + (index % 24) * 20;
  void (async () => {
    const samples = new Int16Array(SAMPLES);
    let phase = 0;
    const start = performance.now();
    for (let n = 0; !stopping; n++) {
      for (let i = 0; i < SAMPLES; i++) {
        samples[i] = Math.round(TONE_AMPLITUDE * Math.sin(phase));
        phase += (2 * Math.PI * hz) / SAMPLE_RATE;
      }
      await source.captureFrame(new AudioFrame(samples, SAMPLE_RATE, 1, SAMPLES));
      const ahead = (n + 1) * 20 - (performance.now() - start) - 200;
      if (ahead > 0) await sleep(ahead);
    }
  })().catch((error: Error) => !stopping && send({ phase: 'error', message: `tone: ${error.message}` }));
}

async function joinOne(order: VoiceJoinOrder, index: number): Promise<Bot> {
  await sleep((index - order.first) * order.intervalMs);
  const token = await session(order, index);
  const world = await new Client(order.serverUrl).joinOrCreate<ExpoRoomState>(ROOMS.pavilion, {
    token,
    protocol: PROTOCOL_VERSION,
    pavilionId: order.pavilionId,
  });
  // The stage, chat and the rest of the room's messages are not this bot's business.
  world.onMessage('*', () => undefined);
  const me = await withTimeout(
    (async () => {
      for (;;) {
        const self = world.state.players?.get(world.sessionId);
        if (self) return { x: dequantizePosition(self.x), z: dequantizePosition(self.z) };
        await sleep(50);
      }
    })(),
    15_000,
    'the first state',
  );
  await walk(world, me, clusterSpot(order, me));
  const media = await voiceToken(world);
  const voice = new Room();
  const bot: Bot = { world, voice, heard: [] };
  bots.push(bot);
  await withTimeout(voice.connect(media.url, media.token, ROOM_OPTIONS), 30_000, 'the voice room');
  await publishTone(voice, index);
  return bot;
}

/** Payload bytes of every audio stream this bot receives. */
async function receivedBytes(bot: Bot): Promise<number> {
  if (!bot.voice.isConnected) return 0;
  const stats = await bot.voice.getRtcStats();
  let bytes = 0n;
  // LiveKit may carry everything on one peer connection: the inbound streams can be listed on either side.
  for (const s of [...stats.publisherStats, ...stats.subscriberStats]) {
    if (s.stats.case === 'inboundRtp' && s.stats.value.stream?.kind === 'audio') {
      bytes += s.stats.value.inbound?.bytesReceived ?? 0n;
    }
  }
  return Number(bytes);
}

async function sample(): Promise<VoiceBotSample[]> {
  return Promise.all(
    bots.map(async (bot) => ({
      inRange: speakersOf(bot).length,
      subscribed: [...bot.voice.remoteParticipants.values()].filter((p) =>
        [...p.trackPublications.values()].some((t) => t.kind === TrackKind.KIND_AUDIO && t.subscribed && t.track),
      ).length,
      bytes: await receivedBytes(bot),
      at: performance.now(),
      connected: bot.voice.isConnected,
    })),
  );
}

async function handle(message: VoiceToBots): Promise<void> {
  if (message.cmd === 'join') {
    const indexes = Array.from({ length: message.count }, (_, i) => message.first + i);
    const results = await Promise.allSettled(indexes.map((i) => joinOne(message, i)));
    const errors = results.flatMap((r) => (r.status === 'rejected' ? [String((r.reason as Error).message)] : []));
    setInterval(() => bots.forEach(choose), VOICE.chooseEveryMs);
    send({ phase: 'joined', ok: results.length - errors.length, errors });
  } else if (message.cmd === 'sample') send({ phase: 'sample', bots: await sample() });
  else if (message.cmd === 'stop') await shutdown(0);
}

runBots('voice bots', handle, shutdown);
