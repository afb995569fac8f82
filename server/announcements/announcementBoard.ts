import type { Presence } from '@colyseus/core';
import type { Kysely } from 'kysely';
import type { SessionUser } from '../../shared/api.ts';
import { AnnouncementUpdate, isShowing, type Announcement } from '../../shared/announcements.ts';
import type { LocalizedText } from '../../shared/languages.ts';
import { endAnnouncement, findUnended, startAnnouncement } from '../db/announcementStore.ts';
import type { Database } from '../db/schema.ts';
import { publish, unsubscribe } from '../bus/publish.ts';

/**
 * The presence channel every room listens on for the banner. Colyseus presence is in memory
 * in one process and Redis across several, so the same publish reaches every room either way.
 */
export const ANNOUNCEMENT_CHANNEL = 'announcement';

/** Node timers hold at most about 24.8 days; a longer wait is taken in steps. */
const LONGEST_TIMER_MS = 2 ** 31 - 1;

/**
 * The one announcement showing now. The database says what it is; every change is published
 * on the presence channel, which the rooms relay to their clients and this board hears too, so
 * that each process knows the current one for people who join later and ends it when it runs out.
 */
export class AnnouncementBoard {
  private active: Announcement | null = null;
  private expiry: NodeJS.Timeout | undefined;

  private constructor(
    private readonly db: Kysely<Database>,
    private readonly bus: Presence,
  ) {}

  static async open(db: Kysely<Database>, bus: Presence): Promise<AnnouncementBoard> {
    const board = new AnnouncementBoard(db, bus);
    await bus.subscribe(ANNOUNCEMENT_CHANNEL, board.hear);
    board.hear({ active: (await findUnended(db)) ?? null });
    return board;
  }

  /** What a newcomer should see: the announcement, unless it has run out. */
  current(now = Date.now()): Announcement | null {
    return this.active && isShowing(this.active, now) ? this.active : null;
  }

  async start(by: SessionUser, text: LocalizedText, minutes: number | undefined): Promise<Announcement> {
    const started = await startAnnouncement(this.db, { text, byId: by.id, byName: by.name, minutes });
    this.publish(started);
    return started;
  }

  /** Ends one announcement; undefined when there is none of that id. */
  async end(id: string): Promise<Announcement | undefined> {
    const ended = await endAnnouncement(this.db, id);
    if (ended) {
      const unended = await findUnended(this.db);
      this.publish(unended && isShowing(unended) ? unended : null);
    }
    return ended;
  }

  close(): void {
    clearTimeout(this.expiry);
    unsubscribe(this.bus, ANNOUNCEMENT_CHANNEL, this.hear);
  }

  /**
   * Remembered here at once, so that the organiser's next request and newcomers see it even
   * though Redis delivers later; the echo from the bus then agrees with it, and of changes made
   * at once in two processes the bus's order decides in every process alike.
   */
  private publish(active: Announcement | null): void {
    const update = { active } satisfies AnnouncementUpdate;
    this.hear(update);
    publish(this.bus, ANNOUNCEMENT_CHANNEL, update);
  }

  /** Every change, from this process or another: remembered, and timed to end when it runs out. */
  private readonly hear = (message: unknown): void => {
    const update = AnnouncementUpdate.safeParse(message);
    if (!update.success) return;
    this.active = update.data.active;
    clearTimeout(this.expiry);
    this.expiry = undefined;
    const { active } = update.data;
    if (active?.endsAt) this.expireAt(active.id, Date.parse(active.endsAt));
  };

  private expireAt(id: string, at: number): void {
    const wait = at - Date.now();
    this.expiry = setTimeout(
      () => {
        if (this.active?.id !== id) return;
        if (Date.now() < at) return this.expireAt(id, at);
        this.publish(null);
        // The history says when it stopped showing. Every process may write it and the first
        // wins; should it fail, the next start or end still stamps this time, not its own.
        endAnnouncement(this.db, id, new Date(at)).catch(() => undefined);
      },
      Math.max(0, Math.min(wait, LONGEST_TIMER_MS)),
    );
    this.expiry.unref();
  }
}
