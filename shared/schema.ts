import { MapSchema, schema, type SchemaType } from '@colyseus/schema';

/**
 * One visitor as every client sees them. Positions are int16 in 1/POSITION_SCALE metres and
 * the heading a uint8 fraction of a turn (see quantize.ts), so a step costs a few bytes.
 */
export const PlayerState = schema(
  {
    id: 'string',
    name: 'string',
    country: 'string',
    role: 'string',
    x: 'int16',
    y: 'int16',
    z: 'int16',
    ry: 'uint8',
    anim: 'uint8',
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
