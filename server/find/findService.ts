import type { Kysely } from 'kysely';
import type { SessionUser } from '../../shared/api.ts';
import { FIND_LIMITS, type FoundPerson, type JumpRefused } from '../../shared/find.ts';
import { matchesWords, queryWords } from '../../shared/textSearch.ts';
import { loadProfile, profilesOf } from '../db/profileStore.ts';
import type { Database } from '../db/schema.ts';
import { TokenBucket } from '../limits/tokenBucket.ts';
import type { Presence, PresenceDirectory } from './presenceDirectory.ts';

/** May `user` be brought next to someone? The target's own wish, or the tour they guide. */
export type Admission = { ok: true; target: Presence } | { ok: false; refusal: JumpRefused };

const refusal = (reason: JumpRefused['reason'], message: string): Admission => ({
  ok: false,
  refusal: { reason, message },
});

/**
 * Finding people present now across every room, and deciding who may come next to whom. A
 * person who turned `findable` off is left out of searches from other rooms (their presence
 * and whereabouts are what they asked to keep to themselves); in the searcher's own room they
 * are visible anyway, so they are listed there without a way to come to them.
 */
export class FindService {
  private readonly jumps = new Map<string, TokenBucket>();

  constructor(
    private readonly db: Kysely<Database>,
    readonly presence: PresenceDirectory,
    private readonly isBanned: (userId: string) => boolean,
    /** True when `userId` follows a tour that `guideId` leads: members come to their guide. */
    private readonly follows: (userId: string, guideId: string) => boolean,
  ) {
    presence.events.on('gone', (userId) => this.jumps.delete(userId));
  }

  async search(searcher: SessionUser, query: string): Promise<FoundPerson[]> {
    const words = queryWords(query, searcher.lang);
    const hereRoom = this.presence.whereIs(searcher.id)?.roomId;
    const present = [...this.presence.everyone()].filter((p) => p.user.id !== searcher.id && !this.isBanned(p.user.id));
    const profiles = await profilesOf(
      this.db,
      present.map((p) => p.user.id),
    );
    const found: FoundPerson[] = [];
    for (const { user, place, roomId } of present) {
      const profile = profiles.get(user.id);
      const organisation = profile?.organisation ?? '';
      const findable = profile?.findable ?? true;
      // Someone hidden is listed only to those who can see them anyway: the same room instance.
      if (!findable && roomId !== hereRoom) continue;
      if (!matchesWords(words, [user.name, organisation], searcher.lang)) continue;
      found.push({
        userId: user.id,
        name: user.name,
        country: user.country,
        role: user.role,
        organisation,
        place,
        findable,
      });
    }
    const collator = new Intl.Collator(searcher.lang, { sensitivity: 'base' });
    return found.sort((a, b) => collator.compare(a.name, b.name)).slice(0, FIND_LIMITS.maxResults);
  }

  /** Whether `user` may be put next to `targetId` now; checks presence, consent and bans, not the room. */
  async admit(user: SessionUser, targetId: string): Promise<Admission> {
    if (targetId === user.id) return refusal('self', 'you cannot come to yourself');
    const target = this.presence.whereIs(targetId);
    if (!target || target.away() || this.isBanned(targetId))
      return refusal('not_here', 'that person is not at the event now');
    if (this.follows(user.id, targetId)) return { ok: true, target };
    if (!(await loadProfile(this.db, targetId)).findable) {
      return refusal('not_findable', 'that person does not let others come to them');
    }
    // Looked up again: they may have left while their profile was read.
    const still = this.presence.whereIs(targetId);
    return still && !still.away()
      ? { ok: true, target: still }
      : refusal('not_here', 'that person is not at the event now');
  }

  /** Takes one jump from the person's allowance; false when they jump too often. */
  mayJump(userId: string, now = Date.now()): boolean {
    let bucket = this.jumps.get(userId);
    if (!bucket)
      this.jumps.set(userId, (bucket = new TokenBucket(FIND_LIMITS.jumpsPerSecond, FIND_LIMITS.jumpBurst, now)));
    return bucket.tryTake(now);
  }
}
