import { z } from 'zod';
import { CountryId } from './countries.ts';
import { UserId } from './find.ts';
import { Refusal } from './refusals.ts';

/** Bumped whenever rooms, messages or state change shape; checked on every join. */
export const PROTOCOL_VERSION = 10;

export const ROOMS = {
  plaza: 'plaza',
  pavilion: 'pavilion',
  /** One side meeting, for the people on its list and those its chair let in (filterBy meetingId). */
  meeting: 'meeting',
  /** Where anyone else with a meeting's link waits to be let in (filterBy meetingId). */
  meetingLobby: 'meeting_lobby',
} as const;
export type RoomName = (typeof ROOMS)[keyof typeof ROOMS];

export const MESSAGES = {
  /** client → server: where I am now (sent at most MOVE_RATE_HZ times a second). */
  move: 'move',
  /** server → client: your last move was refused; this is where you are. */
  correction: 'correction',
  /** client → server: a chat line for the room (ChatSend); server → clients: one ChatMessage. */
  chat: 'chat',
  /** server → client, once on joining: the room's recent ChatHistory. */
  chatHistory: 'chat.history',
  /** server → client: something the person should be told (a Notice). */
  notice: 'notice',
  /** server → client, `{}`: an organiser changed pavilions or booths; read /api/catalogue again. */
  catalogueChanged: 'catalogue.changed',
  /** server → client in every room, on joining and on every change: the organisers' banner (AnnouncementUpdate). */
  announcement: 'announcement',
  /** server → organisers in the plaza and the pavilions: a visitor just reported someone (ReportFiled). */
  reportFiled: 'report.filed',
  /** server → client, before a restart closes the room: the ticket to come back with (ServerRestarting, shared/resume.ts). */
  serverRestarting: 'server.restarting',
} as const;

/** Close codes of our own (Colyseus reserves 4000 for a consented leave). */
export const CLOSE_CODES = {
  /** An organiser removed the person from the room. */
  removed: 4101,
  /** The server is restarting: join again (with the resume ticket) once it is back. */
  serverShutdown: 4102,
  /** An organiser banned the person from the event. */
  banned: 4103,
  /** The client kept sending more than the rate limit allows. */
  flooding: 4104,
  /** The chair ended the meeting the person was in. */
  meetingEnded: 4105,
} as const;

export const NOTICES = ['muted', 'unmuted', 'throttled', 'message_refused'] as const;

/**
 * server → client: a mute, a lifted mute, a throttled sender or a refused message, with an optional
 * reason: a moderator's own words for a mute, the server's English for a refusal, which also
 * carries `refusal`, the code the client shows in the visitor's language.
 */
export const Notice = z.object({
  kind: z.enum(NOTICES),
  reason: z.string().optional(),
  refusal: Refusal.optional().catch(undefined),
  until: z.string().nullable().optional(),
});
export type Notice = z.infer<typeof Notice>;

export const LIMITS = {
  /** How often clients send positions at most. */
  moveRateHz: 20,
  /**
   * How often rooms send state patches. Ten a second halves the server's encoding work against
   * twenty (what a tick costs grows with the crowd: see `npm run bench`); clients draw others
   * INTERPOLATION_DELAY_MS behind, blending between patches, so walking still looks smooth.
   */
  patchRateHz: 10,
  /** Metres per second; running is the fastest legitimate pace. */
  walkSpeed: 4,
  runSpeed: 7,
  /** Server-side allowance over runSpeed for network jitter. */
  speedTolerance: 1.3,
  /** Messages a client may send in a burst before the rate limit bites. */
  moveBurst: 6,
  /** All messages of one client together: sustained rate and burst; beyond them messages are dropped. */
  messageRateHz: 40,
  messageBurst: 80,
  /** Dropped messages within `floodWindowMs` after which the client is disconnected. */
  floodDrops: 200,
  floodWindowMs: 5000,
  avatarRadius: 0.35,
  reconnectSeconds: 20,
  pavilionCapacity: 80,
  plazaCapacity: 600,
} as const;

/** Positions travel as integers of this many units per metre, angles as 1/256 turns. */
export const POSITION_SCALE = 20;
export const ANGLE_STEPS = 256;

export const ANIMS = { idle: 0, walk: 1, run: 2 } as const;
export type Anim = (typeof ANIMS)[keyof typeof ANIMS];

const coordinate = z.number().finite().min(-1000).max(1000);

export const Move = z.object({
  x: coordinate,
  z: coordinate,
  ry: z.number().finite(),
  anim: z.union([z.literal(ANIMS.idle), z.literal(ANIMS.walk), z.literal(ANIMS.run)]),
});
export type Move = z.infer<typeof Move>;

export const Correction = z.object({ x: z.number(), z: z.number() });
export type Correction = z.infer<typeof Correction>;

/** Where a visitor asks to appear when handing over from another room. */
export const Spawn = z.object({ x: coordinate, z: coordinate, ry: z.number().finite() });
export type Spawn = z.infer<typeof Spawn>;

/** A signed resume ticket as it travels (shared/resume.ts): opaque to the client, checked by the server. */
export const ResumeTicketText = z.string().min(1).max(2048);

export const JoinOptions = z.object({
  token: z.string().min(1).max(4096),
  protocol: z.literal(PROTOCOL_VERSION),
  spawn: Spawn.optional(),
  /** Someone to arrive beside (found by search, or one's tour guide); the room checks they may be come to. */
  near: UserId.optional(),
  /** A resume ticket from before a restart (shared/resume.ts); a bad one only means the usual arrival. */
  resume: ResumeTicketText.optional(),
});
export type JoinOptions = z.infer<typeof JoinOptions>;

export const PavilionJoinOptions = JoinOptions.extend({ pavilionId: CountryId });
export type PavilionJoinOptions = z.infer<typeof PavilionJoinOptions>;

/**
 * Codes of refused joins (sent as the matchmaking error code), so that the client can show
 * a translated message; they mirror the HTTP status of the same meaning.
 */
export const JOIN_ERRORS = {
  bad_request: 4400,
  unauthorized: 4401,
  forbidden: 4403,
  /** A meeting's chair locked it: nobody new may wait to be let in. */
  locked: 4423,
  protocol_mismatch: 4426,
} as const;
