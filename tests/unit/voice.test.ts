import { describe, expect, it } from 'vitest';
import { chooseHeard, VOICE, voiceRoomName, VoiceTokenRequest, type VoiceSpeaker } from '../../shared/voice.ts';

const here = { x: 0, z: 0 };
const limits = { hearingRadius: 10, cap: 3, hysteresis: 2 };
const none = new Set<string>();

function at(identity: string, x: number, live = true): VoiceSpeaker {
  return { identity, x, z: 0, live };
}

describe('whom a listener hears', () => {
  it('hears speakers within the radius, nearest first, and nobody beyond it', () => {
    const speakers = [at('far', 10.5), at('mid', 6), at('near', 1), at('edge', 10)];
    expect(chooseHeard(here, speakers, none, limits)).toEqual(['near', 'mid', 'edge']);
  });

  it('hears at most the cap, the nearest ones', () => {
    const speakers = [5, 1, 4, 2, 3].map((x) => at(`s${x}`, x));
    expect(chooseHeard(here, speakers, none, limits)).toEqual(['s1', 's2', 's3']);
    const crowd = Array.from({ length: 100 }, (_, i) => at(`p${i}`, (i % 10) / 2));
    expect(chooseHeard(here, crowd, none, VOICE)).toHaveLength(VOICE.cap);
  });

  it('measures distance on the ground in both directions', () => {
    const speakers: VoiceSpeaker[] = [
      { identity: 'diagonal', x: 7.5, z: 7.5, live: true },
      { identity: 'behind', x: 0, z: -9, live: true },
    ];
    expect(chooseHeard(here, speakers, none, limits)).toEqual(['behind']);
  });

  it('keeps a voice already heard until it is beyond the radius by more than the hysteresis', () => {
    const heard = new Set(['walker']);
    expect(chooseHeard(here, [at('walker', 11)], none, limits)).toEqual([]);
    expect(chooseHeard(here, [at('walker', 11)], heard, limits)).toEqual(['walker']);
    expect(chooseHeard(here, [at('walker', 12)], heard, limits)).toEqual(['walker']);
    expect(chooseHeard(here, [at('walker', 12.1)], heard, limits)).toEqual([]);
  });

  it('lets a newcomer take a heard voice’s place only when nearer by more than the hysteresis', () => {
    const heard = new Set(['a', 'b', 'c']);
    const base = [at('a', 1), at('b', 2), at('c', 5)];
    expect(chooseHeard(here, [...base, at('new', 4)], heard, limits)).toEqual(['a', 'b', 'c']);
    expect(chooseHeard(here, [...base, at('new', 2.9)], heard, limits)).toEqual(['a', 'b', 'new']);
  });

  it('does not take up a muted microphone, but keeps one already heard (push-to-talk between sentences)', () => {
    expect(chooseHeard(here, [at('quiet', 3, false)], none, limits)).toEqual([]);
    expect(chooseHeard(here, [at('quiet', 3, false)], new Set(['quiet']), limits)).toEqual(['quiet']);
  });

  it('breaks ties by identity, so the choice does not change between calls', () => {
    const speakers = [at('b', 2), at('a', 2), at('c', 2), at('d', 2)];
    expect(chooseHeard(here, speakers, none, limits)).toEqual(['a', 'b', 'c']);
    expect(chooseHeard(here, [...speakers].reverse(), none, limits)).toEqual(['a', 'b', 'c']);
  });
});

describe('the voice room and its messages', () => {
  it('names one LiveKit room per Colyseus room instance', () => {
    expect(voiceRoomName('AbC_12-x')).toBe('voice-AbC_12-x');
    expect(voiceRoomName('one')).not.toBe(voiceRoomName('two'));
  });

  it('accepts only an empty token request', () => {
    expect(VoiceTokenRequest.safeParse({}).success).toBe(true);
    expect(VoiceTokenRequest.safeParse({ room: 'voice-other' }).success).toBe(false);
    expect(VoiceTokenRequest.safeParse('x').success).toBe(false);
  });
});
