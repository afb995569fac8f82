import { z } from 'zod';
import { CountryId } from './countries.ts';
import { Role } from './roles.ts';

export const CHAT_LIMITS = {
  textLength: 500,
  /** Messages a room replays to someone who joins. */
  history: 30,
  /** A person may send a burst of this many, then one every `intervalMs`. */
  burst: 5,
  intervalMs: 1500,
  /** Direct messages (sent or received) replayed to someone who joins a room. */
  directHistory: 50,
  /** Metres around the sender within which a nearby message (or a reaction) is delivered. */
  nearbyRadius: 12,
} as const;

/** Everyone in the room; whoever stands near the sender; one person, wherever they are. */
export const CHAT_KINDS = ['room', 'nearby', 'direct'] as const;
export const ChatKind = z.enum(CHAT_KINDS);
export type ChatKind = z.infer<typeof ChatKind>;

/** Messages beside `chat` and `chat.history` (in MESSAGES). */
export const ChatMessages = {
  /** client → server: an organiser deletes a message (ChatDelete). */
  delete: 'chat.delete',
  /** server → client: a message was deleted; whoever has it drops it (ChatDeleted). */
  deleted: 'chat.deleted',
} as const;

/** Line breaks are fine in a message; other control characters (C0 and C1) are not. */
export function hasControlCharacter(text: string): boolean {
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if ((code < 0x20 && code !== 0x0a) || (code >= 0x7f && code <= 0x9f)) return true;
  }
  return false;
}

const ChatText = z
  .string()
  .trim()
  .min(1, 'write a message')
  .max(CHAT_LIMITS.textLength, `use at most ${CHAT_LIMITS.textLength} characters`)
  .refine((s) => !hasControlCharacter(s), 'control characters are not allowed');

/**
 * client → server: say something to the room, to the people nearby, or to one person. A
 * message without a kind goes to the room, as it did before there were kinds.
 */
export const ChatSend = z
  .object({
    kind: ChatKind.default('room'),
    text: ChatText,
    toId: z.string().uuid('choose a person to write to').optional(),
  })
  .superRefine((m, ctx) => {
    if (m.kind === 'direct' && !m.toId)
      ctx.addIssue({ code: 'custom', path: ['toId'], message: 'choose a person to write to' });
    if (m.kind !== 'direct' && m.toId)
      ctx.addIssue({ code: 'custom', path: ['toId'], message: 'only a direct message has a recipient' });
  });
export type ChatSend = z.input<typeof ChatSend>;

export const ChatDelete = z.object({ id: z.string().uuid('no such message') });
export type ChatDelete = z.infer<typeof ChatDelete>;

export const ChatDeleted = z.object({ id: z.string() });
export type ChatDeleted = z.infer<typeof ChatDeleted>;

/** server → client: a message as everyone in the room sees it. */
export const ChatMessage = z.object({
  id: z.string(),
  fromId: z.string(),
  name: z.string(),
  country: CountryId,
  role: Role,
  text: z.string(),
  at: z.string(),
  kind: ChatKind,
  /** The recipient of a direct message. */
  to: z.object({ id: z.string(), name: z.string() }).optional(),
});
export type ChatMessage = z.infer<typeof ChatMessage>;

/** On joining: the room's recent messages and the person's recent direct messages, oldest first. */
export const ChatHistory = z.object({ messages: z.array(ChatMessage) });
export type ChatHistory = z.infer<typeof ChatHistory>;
