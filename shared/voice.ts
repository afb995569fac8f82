import { z } from 'zod';
import { MediaToken } from './stage.ts';

/**
 * Proximity voice in the plaza and the pavilions: one LiveKit room per Colyseus room instance,
 * and each listener subscribes only to the nearest speakers within hearing distance. The
 * browser and the benchmark bots choose whom to hear with the same function, below.
 */

export const VOICE = {
  /** Metres at which a voice fades to silence; beyond it nobody is subscribed. */
  hearingRadius: 12,
  /** At most this many voices are heard at once, the nearest first, so a crowd costs no more than a group. */
  cap: 6,
  /**
   * Metres of grace for a voice already heard: it stays until it is this much beyond the radius,
   * and a newcomer must be this much nearer than it to take its place, so people at an edge do not flap.
   */
  hysteresis: 2,
  /** How often a client chooses again whom to hear. */
  chooseEveryMs: 250,
} as const;

export interface VoiceLimits {
  hearingRadius: number;
  cap: number;
  hysteresis: number;
}

/** The LiveKit room of one Colyseus room instance: people in two instances of a pavilion never hear each other. */
export function voiceRoomName(colyseusRoomId: string): string {
  return `voice-${colyseusRoomId}`;
}

export const VoiceMessages = {
  /** client → server: a token for this room's voice (an empty object). */
  tokenRequest: 'voice.token',
  /** server → client: the token (VoiceTokenReply). */
  token: 'voice.token',
} as const;

export const VoiceTokenRequest = z.object({}).strict();

/** The server's answer: a token, or why there is none (voice off on this server; minting failed or was asked for too often). */
export const VoiceTokenReply = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), token: MediaToken }),
  z.object({ ok: z.literal(false), reason: z.enum(['unavailable', 'failed']) }),
]);
export type VoiceTokenReply = z.infer<typeof VoiceTokenReply>;

/** Someone publishing a microphone, where they stand; `live` is false while their microphone is muted. */
export interface VoiceSpeaker {
  identity: string;
  x: number;
  z: number;
  live: boolean;
}

/**
 * Whom a listener at (x, z) should hear, nearest first: speakers within the hearing radius, at
 * most `cap` of them. Those in `heard` (the current choice) get `hysteresis` metres of grace,
 * both at the radius and against newcomers, and stay while their microphone is muted, so a
 * push-to-talk speaker between sentences is not dropped and taken up again.
 */
export function chooseHeard(
  listener: { x: number; z: number },
  speakers: readonly VoiceSpeaker[],
  heard: ReadonlySet<string>,
  limits: VoiceLimits = VOICE,
): string[] {
  const ranked: { identity: string; distance: number }[] = [];
  for (const s of speakers) {
    const kept = heard.has(s.identity);
    if (!s.live && !kept) continue;
    const distance = Math.hypot(s.x - listener.x, s.z - listener.z) - (kept ? limits.hysteresis : 0);
    if (distance <= limits.hearingRadius) ranked.push({ identity: s.identity, distance });
  }
  ranked.sort((a, b) => a.distance - b.distance || (a.identity < b.identity ? -1 : 1));
  return ranked.slice(0, limits.cap).map((r) => r.identity);
}
