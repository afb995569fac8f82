import { z } from 'zod';
import { Instant } from './api.ts';
import { hasControlCharacter } from './chat.ts';
import { CountryId } from './countries.ts';

/** The LiveKit room of a pavilion's stage; every instance of the pavilion shares it. */
export function stageRoomName(pavilionId: CountryId): string {
  return `stage-${pavilionId}`;
}

export const STAGE_LIMITS = {
  titleLength: 120,
  speakerLength: 80,
  questionLength: 300,
  /** A slot's speaker may go live this long before the slot starts. */
  earlyMinutes: 10,
  /** Questions shown, best voted first. */
  questionsShown: 50,
} as const;

/** A stage's room (`stage-kz`) or a side meeting's (`meeting-<id>`, as meetingRoomName makes it). */
export const MediaTokenRequest = z.object({
  room: z
    .string()
    .regex(
      /^(stage-[a-z]{2,4}|meeting-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/,
      'a stage room such as stage-kz or a meeting room such as meeting-<meeting id>',
    ),
});
export type MediaTokenRequest = z.infer<typeof MediaTokenRequest>;

export const MEDIA_SOURCES = ['camera', 'microphone', 'screen_share', 'screen_share_audio'] as const;
export const MediaSource = z.enum(MEDIA_SOURCES);
export type MediaSource = z.infer<typeof MediaSource>;

export const MediaToken = z.object({
  /** The LiveKit server's WebSocket address, as the browser should open it. */
  url: z.string(),
  token: z.string(),
  identity: z.string(),
  /** What this token lets its holder publish; empty for the audience. */
  publish: z.array(MediaSource),
  admin: z.boolean(),
});
export type MediaToken = z.infer<typeof MediaToken>;

export const StageSlotRequest = z
  .object({
    startsAt: Instant,
    endsAt: Instant,
    title: z.string().trim().min(1).max(STAGE_LIMITS.titleLength),
    speakerName: z.string().trim().min(1).max(STAGE_LIMITS.speakerLength),
    /** The booth whose startup pitches, if any. */
    boothId: z.string().max(64).nullable().default(null),
  })
  .refine((s) => Date.parse(s.endsAt) > Date.parse(s.startsAt), {
    message: 'the slot must end after it starts',
    path: ['endsAt'],
  });
export type StageSlotRequest = z.input<typeof StageSlotRequest>;

export const StageSlot = z.object({
  id: z.string(),
  pavilionId: CountryId,
  startsAt: z.string(),
  endsAt: z.string(),
  title: z.string(),
  speakerName: z.string(),
  boothId: z.string().nullable(),
});
export type StageSlot = z.infer<typeof StageSlot>;

export const Agenda = z.object({ slots: z.array(StageSlot) });
export type Agenda = z.infer<typeof Agenda>;

/** client → server, in a pavilion room. */
export const StageMessages = {
  /** Raise or lower one's hand: `{ raised }`. */
  hand: 'stage.hand',
  /** Organiser: let a raised hand speak, or take the microphone back: `{ userId }`. */
  promote: 'stage.promote',
  demote: 'stage.demote',
  /** Organiser: mute one published track of someone on stage: `{ userId, trackSid }`. */
  muteTrack: 'stage.muteTrack',
  /** Organiser: take someone out of the stage's media room: `{ userId }`. */
  remove: 'stage.remove',
  ask: 'question.ask',
  vote: 'question.vote',
  /** Organiser: mark a question answered. */
  answer: 'question.answer',
  /** server → client: the stage's hands and who may speak (StageStatus). */
  status: 'stage.status',
  /** server → client: the stage's questions, best voted first (QuestionList). */
  questions: 'questions',
} as const;

export const HandRequest = z.object({ raised: z.boolean() });
export const PersonRequest = z.object({ userId: z.uuid() });
export const MuteTrackRequest = z.object({ userId: z.uuid(), trackSid: z.string().min(1).max(64) });
export const QuestionAsk = z.object({
  text: z
    .string()
    .trim()
    .min(3)
    .max(STAGE_LIMITS.questionLength)
    // Shown to everyone at the stage, like a chat line.
    .refine((s) => !hasControlCharacter(s), 'control characters are not allowed'),
});
export const QuestionRef = z.object({ id: z.uuid() });

export const RaisedHand = z.object({ userId: z.string(), name: z.string(), country: CountryId, at: z.string() });
export type RaisedHand = z.infer<typeof RaisedHand>;

export const StageStatus = z.object({
  hands: z.array(RaisedHand),
  /** Audience members an organiser has let speak. */
  promoted: z.array(z.string()),
});
export type StageStatus = z.infer<typeof StageStatus>;

export const Question = z.object({
  id: z.string(),
  fromId: z.string(),
  name: z.string(),
  text: z.string(),
  votes: z.number(),
  votedByMe: z.boolean(),
  answered: z.boolean(),
  at: z.string(),
});
export type Question = z.infer<typeof Question>;

export const QuestionList = z.object({ questions: z.array(Question) });
export type QuestionList = z.infer<typeof QuestionList>;
