import type { TFunction } from 'i18next';
import { CHAT_LIMITS } from '../../../shared/chat.ts';
import type { SendResult } from '../../net/rooms.ts';

/** The zod issue codes ChatSend raises, in words; anything else shows the schema's own message. */
const ISSUE_KEYS: Record<string, string> = {
  too_small: 'chat.problem.empty',
  too_big: 'chat.problem.tooLong',
  custom: 'chat.problem.characters',
};

/** Why a message was not sent, in the interface language. */
export function sendProblem(t: TFunction, result: Exclude<SendResult, { ok: true }>): string {
  if (result.problem === 'offline') return t('chat.offline');
  const key = ISSUE_KEYS[result.code];
  return key ? t(key, { max: CHAT_LIMITS.textLength }) : result.message;
}
