import { MESSAGES, type Notice } from '../../shared/protocol.ts';
import { refusal, type Refusal, type RefusalArgs, type RefusalCode } from '../../shared/refusals.ts';
import { countRefusal } from './messageRefusals.ts';

/** A refused room message told to its sender: the English reason for logs, the code for the interface. */
export function refusedNotice<C extends RefusalCode>(code: C, reason: string, ...params: RefusalArgs<C>): Notice {
  return refusalNotice(reason, refusal(code, ...params));
}

/** The same notice for a refusal built elsewhere (a handler's thrown reason). */
export function refusalNotice(reason: string, why: Refusal): Notice {
  countRefusal(why.code);
  return { kind: 'message_refused', reason, refusal: why };
}

type Connection = { send(type: string, message: unknown): void };

/** Sends `refusedNotice(...)` to one connection. */
export function tellRefused<C extends RefusalCode>(
  client: Connection,
  code: C,
  reason: string,
  ...params: RefusalArgs<C>
): void {
  client.send(MESSAGES.notice, refusedNotice(code, reason, ...params));
}

/** Sends `refusalNotice(...)` to one connection. */
export function tellRefusal(client: Connection, reason: string, why: Refusal): void {
  client.send(MESSAGES.notice, refusalNotice(reason, why));
}
