import { Protocol } from '@colyseus/core';

const utf8 = new TextDecoder('utf-8', { fatal: true });
/** msgpack "fixstr": one byte 0xa0 | length, for strings under 32 bytes; every message type of ours is one. */
const FIXSTR = 0xa0;
const FIXSTR_MASK = 0xe0;

/**
 * Whether a client's frame has a shape this server speaks, checked before Colyseus decodes
 * it: a room message whose type is a short, valid UTF-8 string, the join confirmation or a
 * leave. Anything else is dropped without reaching the decoder (which logs what it cannot read).
 */
export function isWellFormedFrame(buffer: Uint8Array): boolean {
  const code = buffer[0];
  if (code === Protocol.JOIN_ROOM || code === Protocol.LEAVE_ROOM) return true;
  if (code !== Protocol.ROOM_DATA && code !== Protocol.ROOM_DATA_BYTES) return false;
  const head = buffer[1];
  if (head === undefined || (head & FIXSTR_MASK) !== FIXSTR) return false;
  const end = 2 + (head & ~FIXSTR_MASK);
  if (buffer.length < end) return false;
  try {
    utf8.decode(buffer.subarray(2, end));
    return true;
  } catch {
    return false;
  }
}
