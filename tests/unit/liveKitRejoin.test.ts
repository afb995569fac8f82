import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CallPatch } from '../../client/net/liveKitConnection.ts';
import type * as LiveKitCommon from '../../client/net/liveKitCommon.ts';
import { FIRST_JOIN_DELAYS_MS, rejoinDelay } from '../../client/net/liveKitRejoin.ts';

/**
 * livekit-client stand-in: each Room's connect succeeds or fails as the test's script says. A
 * failing connect reports a disconnection before it rejects, as livekit-client's does.
 */
const fake = vi.hoisted(() => {
  const names = new Proxy({}, { get: (_, name) => String(name) });
  const script: boolean[] = [];
  const rooms: FakeRoom[] = [];
  class FakeRoom {
    readonly remoteParticipants = new Map();
    readonly localParticipant = { trackPublications: new Map<string, { source: string }>() };
    readonly canPlaybackAudio = true;
    private listeners = new Map<string, ((...args: unknown[]) => void)[]>();
    constructor() {
      rooms.push(this);
    }
    on(event: string, listener: (...args: unknown[]) => void) {
      this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
      return this;
    }
    emit(event: string, ...args: unknown[]) {
      for (const listener of this.listeners.get(event) ?? []) listener(...args);
    }
    removeAllListeners() {
      this.listeners.clear();
    }
    async connect() {
      if (script.shift() ?? true) return;
      this.emit('Disconnected', 'JOIN_FAILURE');
      throw new Error('could not establish signal connection');
    }
    async disconnect() {}
  }
  const lk = { Room: FakeRoom, RoomEvent: names, DisconnectReason: names, Track: { Kind: { Audio: 'audio' } } };
  return { lk, script, rooms };
});

vi.mock('../../client/net/liveKitCommon.ts', async (original) => ({
  ...(await original<typeof LiveKitCommon>()),
  loadLiveKit: async () => fake.lk,
}));

const { LiveKitConnection } = await import('../../client/net/liveKitConnection.ts');

describe('when to join a LiveKit room again', () => {
  it('gives a first join that keeps failing three more tries', () => {
    expect([0, 1, 2, 3].map((attempt) => rejoinDelay(attempt, false))).toEqual([...FIRST_JOIN_DELAYS_MS, null]);
  });

  it('tries a lost line for ever, 1 s apart at first and never more than 5 s, spread over the upper half', () => {
    const longest = () => 1;
    const shortest = () => 0;
    expect([0, 1, 2, 3, 4, 100].map((attempt) => rejoinDelay(attempt, true, longest))).toEqual([
      1000, 1500, 2250, 3375, 5000, 5000,
    ]);
    expect([0, 4, 100].map((attempt) => rejoinDelay(attempt, true, shortest))).toEqual([500, 2500, 2500]);
  });
});

describe('a LiveKit connection', () => {
  let tokens = 0;
  let states: CallPatch['connection'][] = [];
  const connection = () =>
    new LiveKitConnection<string>({
      audioBox: 'testAudio',
      errors: { prefix: 'stage', connect: 'stage.connectFailed', device: 'stage.x', publish: 'stage.x' },
      token: async () => {
        tokens++;
        return { url: 'ws://127.0.0.1:7880', token: 'jwt', identity: 'me', publish: [], admin: false };
      },
      write: (patch) => patch.connection && states.push(patch.connection),
      busy: () => false,
      granted: () => undefined,
      snapshot: () => undefined,
      forgotten: () => undefined,
    });

  beforeEach(() => {
    vi.useFakeTimers();
    vi.spyOn(Math, 'random').mockReturnValue(1);
    fake.script.length = fake.rooms.length = tokens = 0;
    states = [];
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('comes back by itself after a lost line, however long the SFU is away, saying it is reconnecting', async () => {
    const call = connection();
    call.join('stage-kz');
    await vi.advanceTimersByTimeAsync(0);
    expect(states.at(-1)).toBe('connected');

    // The SFU is gone for ten tries, over half a minute, then back.
    fake.script.push(...Array<boolean>(10).fill(false), true);
    states = [];
    fake.rooms.at(-1)!.emit('Disconnected', 'SIGNAL_CLOSE');
    await vi.advanceTimersByTimeAsync(0);
    expect(tokens).toBe(2);
    await vi.advanceTimersByTimeAsync(999);
    expect(tokens, 'no try before its time').toBe(2);
    await vi.advanceTimersByTimeAsync(1 + 1500 + 2250 + 3375 + 5000 * 5);
    expect(tokens).toBe(11);
    expect(states.every((state) => state === 'reconnecting')).toBe(true);
    await vi.advanceTimersByTimeAsync(5000);
    expect(tokens, 'a fresh token for each join').toBe(12);
    expect(states.at(-1)).toBe('connected');
  });

  /** Joins, then LiveKit loses the line of a presenter sending camera and microphone and gets it back. */
  async function reconnectsWith(republished: string[]) {
    const call = connection();
    call.join('stage-kz');
    await vi.advanceTimersByTimeAsync(0);
    const room = fake.rooms.at(-1)!;
    const publish = (sources: string[]) => {
      room.localParticipant.trackPublications = new Map(sources.map((source) => [source, { source }]));
    };
    publish(['camera', 'microphone']);
    states = [];
    room.emit('SignalReconnecting');
    publish([]);
    room.emit('Reconnecting');
    publish(republished);
    room.emit('Reconnected');
    await vi.advanceTimersByTimeAsync(0);
  }

  it('goes on after LiveKit reconnects by itself with everything sent again', async () => {
    await reconnectsWith(['microphone', 'camera']);
    expect(tokens, 'no join of its own').toBe(1);
    expect(states).toEqual(['reconnecting', 'reconnecting', 'connected']);
  });

  it('joins afresh when LiveKit reconnects but could not send the camera again', async () => {
    await reconnectsWith(['microphone']);
    expect(tokens, 'a fresh token for a fresh join').toBe(2);
    expect(fake.rooms).toHaveLength(2);
    expect(states).toEqual(['reconnecting', 'reconnecting', 'reconnecting', 'connected']);
  });

  it('says a first join failed after its tries; the disconnection LiveKit reports for each does not start them again', async () => {
    fake.script.push(...Array<boolean>(10).fill(false));
    connection().join('stage-kz');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(tokens).toBe(1 + FIRST_JOIN_DELAYS_MS.length);
    expect(states.at(-1)).toBe('failed');
  });
});
