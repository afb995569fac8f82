import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config.ts';
import { groupOf } from '../../server/scaling/placement.ts';
import { trustingFrontProxy } from '../../server/scaling/primary.ts';
import { ROOMS } from '../../shared/protocol.ts';

describe('rooms that must share a process', () => {
  it('are the instances of one pavilion, and a meeting with its lobby', () => {
    const key = (roomName: string, options: Record<string, unknown>) => groupOf(roomName, options)?.key;
    expect(key(ROOMS.pavilion, { pavilionId: 'kz' })).toBe('pavilion:kz');
    expect(key(ROOMS.pavilion, { pavilionId: 'uz' })).not.toBe(key(ROOMS.pavilion, { pavilionId: 'kz' }));
    expect(key(ROOMS.meeting, { meetingId: 'm1' })).toBe(key(ROOMS.meetingLobby, { meetingId: 'm1' }));
    expect(key(ROOMS.meeting, { meetingId: 'm1' })).not.toBe(key(ROOMS.meeting, { meetingId: 'm2' }));
    // Its home is found by the listings of both kinds of room.
    expect(groupOf(ROOMS.meetingLobby, { meetingId: 'm1' })?.listings).toEqual([
      { name: ROOMS.meeting, meetingId: 'm1' },
      { name: ROOMS.meetingLobby, meetingId: 'm1' },
    ]);
  });

  it('leave the plaza, and joins without the id, free to go anywhere', () => {
    expect(groupOf(ROOMS.plaza, {})).toBeUndefined();
    expect(groupOf(ROOMS.pavilion, {})).toBeUndefined();
    expect(groupOf(ROOMS.meeting, { meetingId: 7 })).toBeUndefined();
  });
});

describe("the workers' trust in the proxy in front of them", () => {
  it('adds the loopback proxy to whatever the operator trusts', () => {
    expect(trustingFrontProxy(false)).toBe('loopback');
    expect(trustingFrontProxy(true)).toBe('true');
    expect(trustingFrontProxy(1)).toBe('2');
    expect(trustingFrontProxy('10.0.0.0/8')).toBe('loopback, 10.0.0.0/8');
    // What the workers are given, they accept.
    for (const operator of ['false', 'true', '1', '10.0.0.0/8', 'loopback', '10.0.0.1, 10.0.0.2']) {
      const trusted = trustingFrontProxy(loadConfig({ TRUST_PROXY: operator }).trustProxy);
      expect(() => loadConfig({ TRUST_PROXY: trusted })).not.toThrow();
    }
  });
});
