import { LocalPresence } from '@colyseus/core';
import { describe, expect, it } from 'vitest';
import { viewNoteFor } from '../../client/ui/flat/viewNote.ts';
import { headcount } from '../../server/find/headcount.ts';
import { PresenceDirectory, type Presence } from '../../server/find/presenceDirectory.ts';
import type { SessionUser } from '../../shared/api.ts';
import type { Zone } from '../../shared/world/world.ts';

describe('the note the 2D view shows about why it is on', () => {
  it('says nothing in 3D or when the visitor chose 2D', () => {
    expect(viewNoteFor('3d', 'chosen', true)).toBeNull();
    expect(viewNoteFor('3d', 'slow', true)).toBeNull();
    expect(viewNoteFor('2d', 'chosen', true)).toBeNull();
  });

  it('explains a browser without WebGL, with no way back to 3D', () => {
    expect(viewNoteFor('2d', 'no-webgl', false)).toEqual({ kind: 'no-webgl' });
  });

  it('explains a slow device and offers 3D again where WebGL exists', () => {
    expect(viewNoteFor('2d', 'slow', true)).toEqual({ kind: 'slow', canGoBack: true });
    expect(viewNoteFor('2d', 'slow', false)).toEqual({ kind: 'slow', canGoBack: false });
  });
});

describe('how many people are where', () => {
  const user = (id: string): SessionUser => ({
    id,
    name: id,
    country: 'kz',
    lang: 'en',
    role: 'visitor',
    boothId: null,
    scope: null,
  });
  const presence = (id: string, place: Zone, roomId: string, away = false): Presence => ({
    user: user(id),
    place,
    roomId,
    sessionId: `${id}-${roomId}`,
    away: () => away,
  });
  const kz: Zone = { kind: 'pavilion', id: 'kz' };

  it('counts everyone once where they are now, leaving out the disconnected and the banned', () => {
    const directory = new PresenceDirectory(new LocalPresence());
    directory.arrive(presence('a', { kind: 'plaza' }, 'plaza-1'));
    directory.arrive(presence('b', kz, 'kz-1'));
    directory.arrive(presence('c', kz, 'kz-2'));
    directory.arrive(presence('d', { kind: 'pavilion', id: 'tr' }, 'tr-1', true));
    directory.arrive(presence('e', { kind: 'pavilion', id: 'uz' }, 'uz-1'));
    // Mid hand-over from the plaza into Kazakhstan: in both rooms for a moment, counted in the newer.
    directory.arrive(presence('f', { kind: 'plaza' }, 'plaza-1'));
    directory.arrive(presence('f', kz, 'kz-1'));
    expect(headcount(directory, (id) => id === 'e')).toEqual({ plaza: 1, pavilions: { kz: 3 } });
    directory.close();
  });

  it('is zero everywhere at an empty event', () => {
    const directory = new PresenceDirectory(new LocalPresence());
    expect(headcount(directory, () => false)).toEqual({ plaza: 0, pavilions: {} });
    directory.close();
  });
});
