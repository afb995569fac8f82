import { getMessageBytes, Protocol } from '@colyseus/core';
import { describe, expect, it } from 'vitest';
import { isWellFormedFrame } from '../../server/rooms/frameCheck.ts';
import { MeetingRoomMessages } from '../../shared/meetingRoom.ts';
import { MESSAGES } from '../../shared/protocol.ts';
import { StageMessages } from '../../shared/stage.ts';

describe('isWellFormedFrame', () => {
  it('passes the frames a real client sends', () => {
    expect(isWellFormedFrame(getMessageBytes.raw(Protocol.ROOM_DATA, 'move', { x: 1, z: 2, ry: 0, anim: 0 }))).toBe(
      true,
    );
    expect(isWellFormedFrame(getMessageBytes.raw(Protocol.ROOM_DATA, 'chat.history'))).toBe(true);
    expect(isWellFormedFrame(Uint8Array.from([Protocol.JOIN_ROOM]))).toBe(true);
    expect(isWellFormedFrame(Uint8Array.from([Protocol.LEAVE_ROOM]))).toBe(true);
  });

  it('passes every message type of the protocol (each a short string)', () => {
    for (const type of [
      ...Object.values(MESSAGES),
      ...Object.values(StageMessages),
      ...Object.values(MeetingRoomMessages),
    ])
      expect(isWellFormedFrame(getMessageBytes.raw(Protocol.ROOM_DATA, type, { userId: null })), type).toBe(true);
  });

  it('drops empty frames, unknown codes, numeric or long types and broken UTF-8', () => {
    expect(isWellFormedFrame(new Uint8Array())).toBe(false);
    expect(isWellFormedFrame(Uint8Array.from([99, 0xa1, 0x61]))).toBe(false);
    expect(isWellFormedFrame(Uint8Array.from([Protocol.ROOM_DATA, 0x05]))).toBe(false);
    expect(isWellFormedFrame(Uint8Array.from([Protocol.ROOM_DATA, 0xd9, 40]))).toBe(false);
    expect(isWellFormedFrame(Uint8Array.from([Protocol.ROOM_DATA, 0xa3, 0x61, 0xff, 0x62]))).toBe(false);
    expect(isWellFormedFrame(Uint8Array.from([Protocol.ROOM_DATA, 0xa5, 0x61]))).toBe(false);
    expect(isWellFormedFrame(Uint8Array.from([Protocol.ROOM_STATE]))).toBe(false);
  });
});
