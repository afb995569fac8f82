import { MapSchema, schema, type SchemaType } from '@colyseus/schema';

/**
 * One visitor. Positions are int16 in 1/POSITION_SCALE metres and the heading a uint8 fraction
 * of a turn (see quantize.ts), so a step costs a few bytes. Who they are is sent to everyone in
 * the room; how they move (the `view` fields) only to the clients whose view holds them, the
 * people near them (server/rooms/roomInterest.ts): for everyone else those fields are undefined.
 */
export const PlayerState = schema(
  {
    id: 'string',
    name: 'string',
    country: 'string',
    role: 'string',
    x: { type: 'int16', view: true },
    y: { type: 'int16', view: true },
    z: { type: 'int16', view: true },
    ry: { type: 'uint8', view: true },
    anim: { type: 'uint8', view: true },
    /** True while the visitor's connection is lost and the seat is held for them. */
    away: 'boolean',
  },
  'PlayerState',
);
export type PlayerState = SchemaType<typeof PlayerState>;

export const ExpoRoomState = schema(
  {
    players: { map: PlayerState },
    /** The pavilion this room serves, or '' for the plaza. */
    pavilionId: 'string',
    /** Booth id → how many of its exhibitors are in this pavilion now ("staff online"). */
    staff: { map: 'uint8' },
  },
  'ExpoRoomState',
);
export type ExpoRoomState = SchemaType<typeof ExpoRoomState>;

export { MapSchema };
