import type { TFunction } from 'i18next';
import { CHAT_LIMITS } from '../../../shared/chat.ts';
import type { SendResult } from '../../net/rooms.ts';

/** The zod issue codes ChatSend raises, in words; anything else reads as a request not in the expected form. */
const ISSUE_KEYS: Record<string, string> = {
  too_small: 'chat.problem.empty',
  too_big: 'chat.problem.tooLong',
  custom: 'chat.problem.characters',
};

/** Why a message was not sent, in the interface language. */
export function sendProblem(t: TFunction, result: Exclude<SendResult, { ok: true }>): string {
  if (result.problem === 'offline') return t('chat.offline');
  const key = ISSUE_KEYS[result.code];
  return t(key ?? 'errors.refusal.invalid', { max: CHAT_LIMITS.textLength });
}
