import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Media } from '../media/media.ts';

/** However a dependency hangs, the probe answers within this; a load balancer's own timeout is often a few seconds. */
export const CHECK_TIMEOUT_MS = 2000;

export type CheckResult = 'ok' | 'off' | { failed: string };

export interface Readiness {
  ok: boolean;
  checks: { database: CheckResult; livekit: CheckResult };
}

/** Whether this process can serve people now: the database answers, and LiveKit does when media is on. */
export async function checkReadiness(db: Kysely<Database>, media: Media | undefined): Promise<Readiness> {
  const [database, livekit] = await Promise.all([
    check(() => sql`select 1`.execute(db)),
    media ? check(() => media.reachable()) : Promise.resolve('off' as const),
  ]);
  return { ok: !failed(database) && !failed(livekit), checks: { database, livekit } };
}

function failed(result: CheckResult): result is { failed: string } {
  return typeof result === 'object';
}

async function check(probe: () => Promise<unknown>): Promise<CheckResult> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
  });
  try {
    await Promise.race([probe(), timeout]);
    return 'ok';
  } catch (error) {
    return { failed: shortReason(error) };
  } finally {
    clearTimeout(timer);
  }
}

/** One line an operator can act on, without a stack or a connection string. */
function shortReason(error: unknown): string {
  const line = describe(error);
  // fetch says only "fetch failed"; what failed (ECONNREFUSED, a certificate, ...) is its cause.
  const cause = error instanceof Error && error.cause !== undefined ? describe(error.cause) : undefined;
  return (cause ? `${line} (${cause})` : line).slice(0, 200);
}

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message || error.name : String(error);
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  const line = message.split('\n')[0]!;
  return typeof code === 'string' && !line.includes(code) ? `${code}: ${line}` : line;
}
