import type { Presence } from '@colyseus/core';
import type { Kysely } from 'kysely';
import type { SessionUser } from '../../shared/api.ts';
import { ModerationRecord, type ModerationRequest } from '../../shared/moderation.ts';
import { CLOSE_CODES } from '../../shared/protocol.ts';
import { loadRestrictions, recordModeration } from '../db/moderationStore.ts';
import type { Database } from '../db/schema.ts';
import { findSession } from '../db/sessionStore.ts';
import { BusTopic } from '../bus/busTopic.ts';
import type { ClientDirectory } from './clientDirectory.ts';

/** Every process keeps the same mutes and bans: each action taken is told to the others here. */
const MODERATION_TOPIC = 'moderation.enforced';

export interface Mute {
  until: Date | null;
  reason: string;
}

export type ModerationOutcome =
  { ok: true; record: ModerationRecord } | { ok: false; reason: 'unknown_person' | 'self' };

export type PreparedModeration =
  { ok: true; record: ModerationRecord; apply(): void } | { ok: false; reason: 'unknown_person' | 'self' };

/**
 * Mutes and bans: kept in memory for the checks every message and request makes, written
 * through to the database (with the log) before they take effect, and applied at once to
 * the person's live connections. The process that acts applies it first, then tells the
 * other processes on the bus, which apply it to their memory and their connections too.
 */
export class Moderation {
  private readonly bans = new Set<string>();
  private readonly mutes = new Map<string, Mute>();
  private readonly enforced: BusTopic<ModerationRecord>;
  /** Actions heard from other processes while the database was read; applied after it. */
  private heardWhileOpening: ModerationRecord[] | undefined = [];

  private constructor(
    private readonly db: Kysely<Database>,
    private readonly clients: ClientDirectory,
    bus: Presence,
  ) {
    this.enforced = new BusTopic(bus, MODERATION_TOPIC, ModerationRecord, (record) => {
      if (this.heardWhileOpening) this.heardWhileOpening.push(record);
      else this.enforceHere(record);
    });
  }

  static async open(db: Kysely<Database>, clients: ClientDirectory, bus: Presence): Promise<Moderation> {
    const moderation = new Moderation(db, clients, bus);
    // Listening before reading: an action taken meanwhile elsewhere is applied after what was read.
    await moderation.enforced.ready;
    for (const row of await loadRestrictions(db)) {
      if (row.kind === 'ban') moderation.bans.add(row.user_id);
      else moderation.mutes.set(row.user_id, { until: row.until ? new Date(row.until) : null, reason: row.reason });
    }
    const heard = moderation.heardWhileOpening ?? [];
    moderation.heardWhileOpening = undefined;
    for (const record of heard) moderation.enforceHere(record);
    return moderation;
  }

  /** Stops hearing other processes' actions; for shutting down. */
  close(): void {
    this.enforced.close();
  }

  readonly isBanned = (userId: string): boolean => this.bans.has(userId);

  muteOf(userId: string, now = Date.now()): Mute | undefined {
    const mute = this.mutes.get(userId);
    if (mute?.until && mute.until.getTime() <= now) {
      this.mutes.delete(userId);
      return undefined;
    }
    return mute;
  }

  async act(by: SessionUser, request: ModerationRequest & { reason: string }): Promise<ModerationOutcome> {
    const prepared = await this.record(this.db, by, request);
    if (!prepared.ok) return prepared;
    prepared.apply();
    return { ok: true, record: prepared.record };
  }

  /**
   * Writes the action to the log with `db`, which may be a transaction the caller commits
   * with other changes; `apply` then makes it take effect, once it is committed.
   */
  async record(
    db: Kysely<Database>,
    by: SessionUser,
    request: ModerationRequest & { reason: string },
  ): Promise<PreparedModeration> {
    if (request.userId === by.id) return { ok: false, reason: 'self' };
    const person = await findSession(db, request.userId);
    if (!person) return { ok: false, reason: 'unknown_person' };
    const until = request.action === 'mute' && request.minutes ? new Date(Date.now() + request.minutes * 60_000) : null;
    const record = await recordModeration(db, {
      action: request.action,
      userId: request.userId,
      userName: person.name,
      byId: by.id,
      byName: by.name,
      reason: request.reason,
      until,
      inviteId: person.invite_id,
    });
    return { ok: true, record, apply: () => this.enforce(record) };
  }

  private enforce(record: ModerationRecord): void {
    this.enforceHere(record);
    this.enforced.publish(record);
  }

  /** Applies an action to this process's memory and to the person's connections in this process. */
  private enforceHere(record: ModerationRecord): void {
    const reason = record.reason || undefined;
    const until = record.until === null ? null : new Date(record.until);
    const present = this.clients.forUser(record.userId);
    switch (record.action) {
      case 'mute':
        this.mutes.set(record.userId, { until, reason: record.reason });
        for (const c of present) c.notify({ kind: 'muted', reason, until: record.until });
        break;
      case 'unmute':
        this.mutes.delete(record.userId);
        for (const c of present) c.notify({ kind: 'unmuted' });
        break;
      case 'remove':
        for (const c of present) c.expel(CLOSE_CODES.removed);
        break;
      case 'ban':
        this.bans.add(record.userId);
        for (const c of present) c.expel(CLOSE_CODES.banned);
        break;
      case 'unban':
        this.bans.delete(record.userId);
        break;
    }
  }
}
