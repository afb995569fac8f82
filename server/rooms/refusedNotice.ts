import { MESSAGES, type Notice } from '../../shared/protocol.ts';
import { refusal, type Refusal, type RefusalCode } from '../../shared/refusals.ts';

/** A refused room message told to its sender: the English reason for logs, the code for the interface. */
export function refusedNotice(code: RefusalCode, reason: string, params?: Refusal['params']): Notice {
  return { kind: 'message_refused', reason, refusal: refusal(code, params) };
}

/** Sends `refusedNotice(...)` to one connection. */
export function tellRefused(
  client: { send(type: string, message: unknown): void },
  code: RefusalCode,
  reason: string,
  params?: Refusal['params'],
): void {
  client.send(MESSAGES.notice, refusedNotice(code, reason, params));
}
