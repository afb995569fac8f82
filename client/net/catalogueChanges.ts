import type { Room } from 'colyseus.js';
import { MESSAGES } from '../../shared/protocol.ts';
import { useSession } from '../state/session.ts';
import { fetchCatalogue } from './api.ts';

let reading: Promise<void> | null = null;
let again = false;

/**
 * Reads the catalogue again and puts it in the store, where the world, the directory and the
 * booth cards follow it. Calls while a read is under way make one more read after it, never a pile.
 */
export function reloadCatalogue(): Promise<void> {
  if (reading) {
    again = true;
    return reading;
  }
  reading = (async () => {
    do {
      again = false;
      try {
        useSession.getState().setCatalogue(await fetchCatalogue());
      } catch {
        // The catalogue shown stays; the next change, or a reload of the page, reads it again.
      }
    } while (again);
    reading = null;
  })();
  return reading;
}

/** An organiser changed pavilions or booths: the room says so, and the catalogue is read again. */
export function listenToCatalogue(next: Room, isCurrent: () => boolean): void {
  next.onMessage(MESSAGES.catalogueChanged, () => {
    if (isCurrent()) void reloadCatalogue();
  });
}
