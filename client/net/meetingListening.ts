import { LANGUAGES, type Lang } from '../../shared/languages.ts';
import { FLOOR_UNDER_INTERPRETATION, interpretationLang, type ListeningChoice } from '../../shared/meetingRoom.ts';

/**
 * What a listener hears of one remote audio track, given their choice: the floor alone, or one
 * language's interpreter at full volume with the floor quiet underneath. Pure, so it is tested
 * without a browser; client/net/meetingCall.ts applies it to every publication.
 */
export interface AudioPlan {
  /** Receive the track at all; interpreters nobody here listens to cost no bandwidth. */
  subscribed: boolean;
  /** The <audio> element's volume, 0 to 1. */
  volume: number;
}

/**
 * `interpreted`: the chosen language's interpreter is publishing now. Until they are, the floor
 * stays at full volume, so nobody is left with a quiet room and nothing in their language.
 */
export function audioPlanFor(trackName: string, choice: ListeningChoice, interpreted: boolean): AudioPlan {
  const lang = interpretationLang(trackName);
  if (lang) return lang === choice ? { subscribed: true, volume: 1 } : { subscribed: false, volume: 0 };
  const underInterpreter = choice !== 'floor' && interpreted;
  return { subscribed: true, volume: underInterpreter ? FLOOR_UNDER_INTERPRETATION : 1 };
}

/** The languages someone could listen to: the meeting's own, and any interpreter publishing now. */
export function listeningLanguages(meetingLanguages: readonly Lang[], publishing: readonly Lang[]): Lang[] {
  const all = new Set<Lang>([...meetingLanguages, ...publishing]);
  return LANGUAGES.filter((lang) => all.has(lang));
}
