import { LIMITS } from '../../shared/protocol.ts';
import { FloodGuard, type FloodVerdict } from '../limits/floodGuard.ts';
import type { Metrics } from '../metrics.ts';
import { isWellFormedFrame } from './frameCheck.ts';

/** All messages of one client together, in every room. */
const MESSAGE_LIMITS = {
  ratePerSecond: LIMITS.messageRateHz,
  burst: LIMITS.messageBurst,
  maxDrops: LIMITS.floodDrops,
  windowMs: LIMITS.floodWindowMs,
};

export function messageFloodGuard(now = Date.now()): FloodGuard {
  return new FloodGuard(MESSAGE_LIMITS, now);
}

/**
 * What the rooms where nobody walks (a meeting and its lobby) do with a client's frame before
 * Colyseus decodes it: over the allowance it is dropped, and a client that keeps flooding is
 * to be disconnected; a frame of a shape this server does not speak is counted and dropped.
 */
function gateFrame(flood: FloodGuard | undefined, buffer: Uint8Array, metrics: Metrics): FloodVerdict {
  if (flood) {
    const verdict = flood.check(Date.now());
    if (verdict !== 'pass') {
      metrics.messagesLimited.inc({ verdict });
      return verdict;
    }
  }
  if (!isWellFormedFrame(buffer)) {
    metrics.movesRejected.inc({ reason: 'undecodable' });
    return 'drop';
  }
  return 'pass';
}

/**
 * Gates a client's frame (`gateFrame`) and hands one that passes to Colyseus (`deliver`); a frame
 * that fails to decode there is counted, not thrown. Returns the gate's verdict: on `disconnect`
 * the room puts the client out.
 */
export function deliverFrame(
  flood: FloodGuard | undefined,
  buffer: Uint8Array,
  metrics: Metrics,
  deliver: () => void,
): FloodVerdict {
  const verdict = gateFrame(flood, buffer, metrics);
  if (verdict !== 'pass') return verdict;
  try {
    deliver();
  } catch {
    metrics.movesRejected.inc({ reason: 'undecodable' });
  }
  return verdict;
}
