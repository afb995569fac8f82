import { CLOSE_CODES } from '../../shared/protocol.ts';
import type { Zone } from '../../shared/world/world.ts';
import type { Notice } from '../state/session.ts';

/** Colyseus closes with this code when the client itself asked to leave. */
export const CONSENTED_LEAVE = 4000;

/**
 * What the client does when the server closes a room connection:
 * - `ignore`: the visitor left on purpose;
 * - `recover`: the line dropped, so try to get the seat back;
 * - `restart`: the server is restarting, so join again once it is back (with the ticket it handed out);
 * - `toPlaza`: an organiser removed the visitor from a pavilion, so they step back out onto the plaza;
 * - `exit`: the session is over (banned, flooding, or removed from the plaza); back to the landing page.
 */
export type CloseOutcome =
  | { kind: 'ignore' }
  | { kind: 'recover' }
  | { kind: 'restart' }
  | { kind: 'toPlaza'; notice: Notice }
  | { kind: 'exit'; notice: Notice };

export function closeOutcome(code: number, zone: Zone): CloseOutcome {
  switch (code) {
    case CONSENTED_LEAVE:
      return { kind: 'ignore' };
    case CLOSE_CODES.removed:
      return zone.kind === 'pavilion'
        ? { kind: 'toPlaza', notice: { key: 'errors.removed' } }
        : { kind: 'exit', notice: { key: 'errors.removedPlaza' } };
    case CLOSE_CODES.serverShutdown:
      return { kind: 'restart' };
    case CLOSE_CODES.banned:
      return { kind: 'exit', notice: { key: 'errors.banned' } };
    case CLOSE_CODES.flooding:
      return { kind: 'exit', notice: { key: 'errors.flooding' } };
    default:
      return { kind: 'recover' };
  }
}
