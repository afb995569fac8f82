import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config.ts';
import { groupOf } from '../../server/scaling/placement.ts';
import { trustingFrontProxy } from '../../server/scaling/primary.ts';
import { ROOMS } from '../../shared/protocol.ts';

describe('rooms that must share a process', () => {
  it('are the instances of one pavilion, and a meeting with its lobby', () => {
    expect(groupOf(ROOMS.pavilion, { pavilionId: 'kz' })).toBe('pavilion:kz');
    expect(groupOf(ROOMS.pavilion, { pavilionId: 'uz' })).not.toBe(groupOf(ROOMS.pavilion, { pavilionId: 'kz' }));
    expect(groupOf(ROOMS.meeting, { meetingId: 'm1' })).toBe(groupOf(ROOMS.meetingLobby, { meetingId: 'm1' }));
    expect(groupOf(ROOMS.meeting, { meetingId: 'm1' })).not.toBe(groupOf(ROOMS.meeting, { meetingId: 'm2' }));
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
