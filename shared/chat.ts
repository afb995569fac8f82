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
} as const;

/** Line breaks are fine in a message; other control characters (C0 and C1) are not. */
export function hasControlCharacter(text: string): boolean {
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if ((code < 0x20 && code !== 0x0a) || (code >= 0x7f && code <= 0x9f)) return true;
  }
  return false;
}

/** client → server: say something to everyone in the room. */
export const ChatSend = z.object({
  text: z
    .string()
    .trim()
    .min(1, 'write a message')
    .max(CHAT_LIMITS.textLength, `use at most ${CHAT_LIMITS.textLength} characters`)
    .refine((s) => !hasControlCharacter(s), 'control characters are not allowed'),
});
export type ChatSend = z.infer<typeof ChatSend>;

/** server → client: a message as everyone in the room sees it. */
export const ChatMessage = z.object({
  id: z.string(),
  fromId: z.string(),
  name: z.string(),
  country: CountryId,
  role: Role,
  text: z.string(),
  at: z.string(),
});
export type ChatMessage = z.infer<typeof ChatMessage>;

export const ChatHistory = z.object({ messages: z.array(ChatMessage) });
export type ChatHistory = z.infer<typeof ChatHistory>;
