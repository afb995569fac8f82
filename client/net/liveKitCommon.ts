import type * as LiveKitModule from 'livekit-client';
import type { RoomConnectOptions } from 'livekit-client';
import type { Problem } from '../i18n/failureText.ts';
import { ApiFailure } from './apiFailure.ts';

/**
 * What the stage (media.ts) and the meetings (meetingCall.ts) share about LiveKit: the one lazy
 * import of livekit-client, the connect options, and how failures become translation keys.
 */

export type LiveKit = typeof LiveKitModule;

let livekit: Promise<LiveKit> | null = null;

/** livekit-client loads on the first call that needs it, never with the page; a failed load is tried again. */
export function loadLiveKit(): Promise<LiveKit> {
  livekit ??= import('livekit-client').catch((error: unknown) => {
    livekit = null;
    throw error;
  });
  return livekit;
}

/**
 * A local SFU hands out a loopback-only STUN entry; an empty list keeps the browser from asking
 * it and uses host candidates only. A deployment's own STUN and TURN servers are left alone.
 */
export function connectOptions(url: string): RoomConnectOptions {
  const host = new URL(url).hostname;
  const loopback = host === '127.0.0.1' || host === 'localhost' || host === '[::1]';
  return { rtcConfig: loopback ? { iceServers: [], iceTransportPolicy: 'all' } : { iceTransportPolicy: 'all' } };
}

/**
 * What went wrong with voice or video: the server's refusal as it came (with its parameters), a
 * camera or microphone the browser may not use or cannot find (`<prefix>.deviceDenied`,
 * `<prefix>.deviceMissing`), or `otherwise`.
 */
export function mediaProblem(error: unknown, prefix: string, otherwise: string): Problem {
  if (error instanceof ApiFailure) return error;
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'NotAllowedError' || name === 'PermissionDeniedError') return `${prefix}.deviceDenied`;
  if (name === 'NotFoundError' || name === 'DevicesNotFoundError') return `${prefix}.deviceMissing`;
  return otherwise;
}

/** Refusals that asking again cannot change: no voice and video here, a session that ended, no place in that room. */
export function isFinal(error: unknown): boolean {
  return error instanceof ApiFailure && error.code !== 'network' && error.code !== 'internal';
}
