import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { ResumeTickets } from '../../server/auth/resumeTickets.ts';
import { SessionTokens } from '../../server/auth/sessions.ts';
import { resumedSpot } from '../../server/rooms/restartHandover.ts';
import type { ResumeSpot } from '../../shared/resume.ts';
import { seedWorld } from '../fixtures/world.ts';

const secret = 'test-secret-that-is-long-enough-for-hs256';
const spot: ResumeSpot = { zone: { kind: 'pavilion', id: 'uz' }, x: 12.5, z: -3.25, ry: 1.2 };

describe('resume tickets', () => {
  it('give back the spot to the user they were made for', async () => {
    const tickets = new ResumeTickets(secret);
    await expect(tickets.read(await tickets.issue('user-1', spot), 'user-1')).resolves.toEqual(spot);
  });

  it('are worth nothing to anyone else, once expired, from another key, or as garbage', async () => {
    const tickets = new ResumeTickets(secret);
    expect(await tickets.read(await tickets.issue('user-1', spot), 'user-2')).toBeUndefined();
    expect(await tickets.read(await new ResumeTickets(secret, -1).issue('user-1', spot), 'user-1')).toBeUndefined();
    const foreign = await new ResumeTickets('another-secret-that-is-long-enough-ok').issue('user-1', spot);
    expect(await tickets.read(foreign, 'user-1')).toBeUndefined();
    expect(await tickets.read('not.a.ticket', 'user-1')).toBeUndefined();
  });

  it('are not session tokens, nor the other way round', async () => {
    const sessions = new SessionTokens(secret, 1);
    const { token, user } = await sessions.issue({ name: 'Aigerim', country: 'kz', lang: 'kk' });
    expect(await new ResumeTickets(secret).read(token, user.id)).toBeUndefined();
    await expect(sessions.verify(await new ResumeTickets(secret).issue(user.id, spot))).rejects.toThrow();
  });

  it('vouch only for a well-formed spot', async () => {
    const key = new TextEncoder().encode(secret);
    const bad = await new SignJWT({ spot: { zone: { kind: 'moon' }, x: 1, z: 2, ry: 0 } })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('user-1')
      .setIssuer('turkic-metaverse')
      .setAudience('expo-resume')
      .setExpirationTime('5m')
      .sign(key);
    expect(await new ResumeTickets(secret).read(bad, 'user-1')).toBeUndefined();
  });
});

describe('the spot a ticket puts its holder on', () => {
  const hall = seedWorld.pavilion('uz')!;
  const inside = seedWorld.entranceOf('uz');

  it('is its own spot in its own zone', () => {
    const own = { zone: { kind: 'pavilion', id: 'uz' } as const, x: inside.x, z: inside.z, ry: 0.5 };
    expect(resumedSpot(seedWorld, { kind: 'pavilion', id: 'uz' }, own)).toEqual({ x: inside.x, z: inside.z, ry: 0.5 });
  });

  it('is none in another zone, outside the zone, on a blocked spot, or without a ticket', () => {
    const zone = { kind: 'pavilion', id: 'uz' } as const;
    const at = (x: number, z: number, ticketZone: ResumeSpot['zone'] = zone) =>
      resumedSpot(seedWorld, zone, { zone: ticketZone, x, z, ry: 0 });
    expect(at(inside.x, inside.z, { kind: 'plaza' })).toBeUndefined();
    expect(at(inside.x, inside.z, { kind: 'pavilion', id: 'tr' })).toBeUndefined();
    expect(at(hall.center.x + hall.radius * 3, hall.center.z)).toBeUndefined();
    // The plaza's fountain is solid: nobody is put inside it, ticket or not.
    const plaza = { kind: 'plaza' } as const;
    expect(seedWorld.fitsZone(plaza, 0, 0) && seedWorld.isBlocked(0, 0)).toBe(true);
    expect(resumedSpot(seedWorld, plaza, { zone: plaza, x: 0, z: 0, ry: 0 })).toBeUndefined();
    expect(resumedSpot(seedWorld, zone, undefined)).toBeUndefined();
  });
});
