/**
 * Bot process of the stage benchmark (tests/bench/stage.ts), started with an IPC channel: either
 * the speaker, who publishes a synthetic camera and a 440 Hz tone, or a group of listeners who
 * join the stage's LiveKit room and report when they first heard the speaker. It must run in the
 * network namespace of scripts/in-netns.sh with TM_NETNS_VETH=1: @livekit/rtc-node does not
 * gather ICE candidates on the loopback interface, only on the veth that carries 127.0.0.2.
 */
import {
  AudioFrame,
  AudioSource,
  AudioStream,
  ContinualGatheringPolicy,
  IceServer,
  IceTransportType,
  LocalAudioTrack,
  LocalVideoTrack,
  Room,
  RoomEvent,
  TrackKind,
  TrackPublishOptions,
  TrackSource,
  VideoBufferType,
  VideoFrame,
  VideoSource,
  VideoStream,
  dispose,
  type RemoteParticipant,
  type RemoteTrackPublication,
  type RoomOptions,
} from '@livekit/rtc-node';
import {
  sleep,
  withTimeout,
  type FromBots,
  type ListenerJoin,
  type ListenOrder,
  type SpeakOrder,
  type ToBots,
} from './stageShared.ts';
import { runBots, sendToBench } from './botFrame.ts';

const SAMPLE_RATE = 48_000;
/** 10 ms of audio, the frame size LiveKit's audio pipeline works in. */
const SAMPLES = 480;
const TONE_HZ = 440;
const TONE_AMPLITUDE = 8000;
/** Bitrate cap of the speaker's camera, about what LiveKit's 360p preset sends. */
const VIDEO_MAX_BITRATE = 450_000n;

const send: (message: FromBots) => void = sendToBench;

/** STUN only on a closed loopback port: nothing may look up or reach a public STUN server. */
function roomOptions(autoSubscribe: boolean): RoomOptions {
  return {
    autoSubscribe,
    dynacast: true,
    rtcConfig: {
      iceTransportType: IceTransportType.TRANSPORT_ALL,
      continualGatheringPolicy: ContinualGatheringPolicy.GATHER_CONTINUALLY,
      iceServers: [new IceServer({ urls: ['stun:127.0.0.1:3478'] })],
    },
  };
}

const rooms: Room[] = [];
const counters: { audio: number; video: number }[] = [];
let stopping = false;

async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    await withTimeout(Promise.allSettled(rooms.map((room) => room.disconnect())), 15_000, 'disconnect').catch(
      (error: Error) => console.error(`stage bots: ${error.message}`),
    );
    await withTimeout(dispose(), 5000, 'dispose').catch((error: Error) =>
      console.error(`stage bots: ${error.message}`),
    );
    send({ phase: 'stopped' });
  }
  process.exit(code);
}

async function speak({ url, token, width, height, fps }: SpeakOrder): Promise<void> {
  const started = performance.now();
  const room = new Room();
  rooms.push(room);
  await withTimeout(room.connect(url, token, roomOptions(false)), 30_000, 'speaker connect');

  const video = new VideoSource(width, height);
  await room.localParticipant!.publishTrack(
    LocalVideoTrack.createVideoTrack('camera', video),
    new TrackPublishOptions({
      source: TrackSource.SOURCE_CAMERA,
      simulcast: false,
      videoEncoding: { maxBitrate: VIDEO_MAX_BITRATE, maxFramerate: fps },
    }),
  );
  // A short queue keeps the tone close to real time; captureFrame waits while it is full.
  const audio = new AudioSource(SAMPLE_RATE, 1, 100);
  await room.localParticipant!.publishTrack(
    LocalAudioTrack.createAudioTrack('microphone', audio),
    new TrackPublishOptions({ source: TrackSource.SOURCE_MICROPHONE }),
  );

  // A few frames of noise in turn, so that the encoder sends about as much as a real camera would.
  const frameBytes = width * height * 4;
  const noise = new Uint8Array(frameBytes * 4);
  for (let i = 0; i < noise.length; i++) noise[i] = (i & 3) === 3 ? 255 : (Math.random() * 256) | 0;
  void (async () => {
    const period = 1000 / fps;
    let next = performance.now();
    for (let n = 0; !stopping; n++) {
      const offset = (n % 4) * frameBytes;
      video.captureFrame(
        new VideoFrame(noise.subarray(offset, offset + frameBytes), width, height, VideoBufferType.RGBA),
      );
      next += period;
      await sleep(Math.max(0, next - performance.now()));
    }
  })();
  void (async () => {
    const samples = new Int16Array(SAMPLES);
    let phase = 0;
    const start = performance.now();
    for (let n = 0; !stopping; n++) {
      for (let i = 0; i < SAMPLES; i++) {
        samples[i] = Math.round(TONE_AMPLITUDE * Math.sin(phase));
        phase += (2 * Math.PI * TONE_HZ) / SAMPLE_RATE;
      }
      await audio.captureFrame(new AudioFrame(samples, SAMPLE_RATE, 1, SAMPLES));
      // captureFrame paces itself on the queue; never run more than 200 ms ahead of the clock if it does not.
      const ahead = (n + 1) * 10 - (performance.now() - start) - 200;
      if (ahead > 0) await sleep(ahead);
    }
  })().catch((error: Error) => !stopping && send({ phase: 'error', message: `tone: ${error.message}` }));
  send({ phase: 'publishing', ms: Math.round(performance.now() - started) });
}

/** True when the frame carries the tone rather than silence. */
function audible(data: Int16Array): boolean {
  for (let i = 0; i < data.length; i++) if (Math.abs(data[i]!) > TONE_AMPLITUDE / 4) return true;
  return false;
}

async function listener(order: ListenOrder, token: string, index: number): Promise<ListenerJoin> {
  await sleep(index * order.intervalMs);
  const { url, speaker, video, timeoutMs } = order;
  const room = new Room();
  rooms.push(room);
  const counter = { audio: 0, video: 0 };
  counters.push(counter);
  const result: ListenerJoin = { ok: false };
  const started = performance.now();
  const since = () => Math.round(performance.now() - started);
  let heard = () => {};
  const hearing = new Promise<void>((resolve) => (heard = resolve));

  room.on(RoomEvent.TrackSubscribed, (track, _publication, participant) => {
    if (participant.identity !== speaker || stopping) return;
    if (track.kind === TrackKind.KIND_AUDIO) {
      result.subscribedMs ??= since();
      void (async () => {
        for await (const frame of new AudioStream(track, { sampleRate: SAMPLE_RATE, numChannels: 1 })) {
          if (stopping) break;
          counter.audio++;
          result.firstFrameMs ??= since();
          if (result.heardMs === undefined && audible(frame.data)) {
            result.heardMs = since();
            heard();
          }
        }
      })().catch(() => undefined);
    } else if (track.kind === TrackKind.KIND_VIDEO && video === 'decode') {
      void (async () => {
        for await (const _frame of new VideoStream(track)) {
          if (stopping) break;
          counter.video++;
        }
      })().catch(() => undefined);
    }
  });
  // Without video the listener subscribes to the speaker's audio itself.
  const subscribeAudio = (publication: RemoteTrackPublication, participant: RemoteParticipant) => {
    if (participant.identity === speaker && publication.kind === TrackKind.KIND_AUDIO) publication.setSubscribed(true);
  };
  if (video === 'off') room.on(RoomEvent.TrackPublished, subscribeAudio);

  try {
    await withTimeout(room.connect(url, token, roomOptions(video !== 'off')), timeoutMs, 'connect');
    result.connectMs = since();
    if (video === 'off') {
      for (const participant of room.remoteParticipants.values()) {
        for (const publication of participant.trackPublications.values()) subscribeAudio(publication, participant);
      }
    }
    await withTimeout(hearing, timeoutMs - since(), 'hearing the speaker');
    result.ok = true;
  } catch (error) {
    result.error = error instanceof Error ? error.message : String(error);
  }
  return result;
}

async function listen(order: ListenOrder): Promise<void> {
  const bots = await Promise.all(order.bots.map(({ token, index }) => listener(order, token, index)));
  send({ phase: 'joined', bots });
}

async function handle(message: ToBots): Promise<void> {
  if (message.cmd === 'speak') await speak(message);
  else if (message.cmd === 'listen') await listen(message);
  else if (message.cmd === 'stats') {
    send({
      phase: 'stats',
      audio: counters.map((c) => c.audio),
      video: counters.map((c) => c.video),
      connected: rooms.filter((room) => room.isConnected).length,
    });
  } else if (message.cmd === 'stop') await shutdown(0);
}

runBots('stage bots', handle, shutdown);
