import { describe, expect, it } from 'vitest';
import { audioPlanFor, listeningLanguages } from '../../client/net/meetingListening.ts';
import { FLOOR_UNDER_INTERPRETATION, interpretationTrackName } from '../../shared/meetingRoom.ts';

const RU = interpretationTrackName('ru');
const TR = interpretationTrackName('tr');
/** A delegate's microphone has no name of its own; LiveKit names it after the device or leaves it empty. */
const FLOOR_VOICE = '';

describe('what a meeting listener hears of each track', () => {
  it('listening to the floor: every voice at full volume, no interpreter received', () => {
    expect(audioPlanFor(FLOOR_VOICE, 'floor', false)).toEqual({ subscribed: true, volume: 1 });
    expect(audioPlanFor('Default - Microphone', 'floor', false)).toEqual({ subscribed: true, volume: 1 });
    expect(audioPlanFor(RU, 'floor', true)).toEqual({ subscribed: false, volume: 0 });
    expect(audioPlanFor(TR, 'floor', true)).toEqual({ subscribed: false, volume: 0 });
  });

  it('listening to Russian: its interpreter at full volume, the floor quiet underneath, other languages not received', () => {
    expect(audioPlanFor(RU, 'ru', true)).toEqual({ subscribed: true, volume: 1 });
    expect(audioPlanFor(FLOOR_VOICE, 'ru', true)).toEqual({ subscribed: true, volume: FLOOR_UNDER_INTERPRETATION });
    expect(audioPlanFor(TR, 'ru', true)).toEqual({ subscribed: false, volume: 0 });
  });

  it('until the chosen interpreter speaks, the floor stays at full volume', () => {
    expect(audioPlanFor(FLOOR_VOICE, 'ru', false)).toEqual({ subscribed: true, volume: 1 });
    expect(audioPlanFor(RU, 'ru', false)).toEqual({ subscribed: true, volume: 1 });
  });

  it('a name that only looks like an interpretation track is a floor voice', () => {
    expect(audioPlanFor('interpretation-xx', 'ru', true)).toEqual({
      subscribed: true,
      volume: FLOOR_UNDER_INTERPRETATION,
    });
  });

  it('offers the meeting’s languages and any interpreter publishing, once each, in the usual order', () => {
    expect(listeningLanguages(['tr', 'ru'], ['ru', 'kk'])).toEqual(['ru', 'tr', 'kk']);
    expect(listeningLanguages([], [])).toEqual([]);
  });
});
