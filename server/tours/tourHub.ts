import { randomUUID } from 'node:crypto';
import type { SessionUser } from '../../shared/api.ts';
import { TourMessages, type TourEnded, type TourFollow, type TourState, type TourSummary } from '../../shared/tours.ts';
import type { Zone } from '../../shared/world/world.ts';
import type { PresenceDirectory } from '../find/presenceDirectory.ts';
import type { ClientDirectory } from '../moderation/clientDirectory.ts';
import { refused, type Refused } from '../../shared/refusals.ts';

/**
 * How long a guide or member may be without any connection before they count as gone: a removal
 * from a pavilion leaves the room before the client joins the plaza again.
 */
export const GONE_GRACE_MS = 2000;

interface Tour {
  id: string;
  title: string;
  guide: SessionUser;
  members: Set<string>;
}

/**
 * The guided tours running in this process. A guide leads one tour at a time, a person follows
 * at most one; when the guide enters another room every member is told to follow, and when the
 * guide leaves the event the tour ends and its members are told.
 */
export class TourHub {
  private readonly tours = new Map<string, Tour>();
  private readonly guiding = new Map<string, Tour>();
  private readonly following = new Map<string, Tour>();
  private readonly leaving = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly presence: PresenceDirectory,
    private readonly clients: ClientDirectory,
  ) {
    presence.events.on('moved', (userId, place, roomId) => {
      this.cancelLeaving(userId);
      const tour = this.guiding.get(userId);
      if (tour) this.guideMoved(tour, place, roomId);
    });
    presence.events.on('gone', (userId) => {
      if (!this.guiding.has(userId) && !this.following.has(userId)) return;
      this.cancelLeaving(userId);
      this.leaving.set(
        userId,
        setTimeout(() => this.goneForGood(userId), GONE_GRACE_MS),
      );
    });
  }

  list(): TourSummary[] {
    return [...this.tours.values()].flatMap((tour) => {
      const summary = this.summary(tour);
      return summary ? [summary] : [];
    });
  }

  /** True when `userId` follows the tour `guideId` leads. */
  follows(userId: string, guideId: string): boolean {
    return this.following.get(userId)?.guide.id === guideId;
  }

  /** Starts a tour led by `guide` where they stand; a reason when it cannot start. */
  start(guide: SessionUser, title: string): TourSummary | Refused {
    if (this.guiding.has(guide.id))
      return refused('tour_already_leading', 'you are already leading a tour; end it first');
    if (!this.presence.whereIs(guide.id)) return refused('tour_not_in_expo', 'you are not in the expo');
    this.leave(guide.id);
    const tour: Tour = { id: randomUUID(), title, guide, members: new Set() };
    this.tours.set(tour.id, tour);
    this.guiding.set(guide.id, tour);
    this.tell(tour);
    return this.summary(tour)!;
  }

  /** Adds `user` to a tour (leaving any other); brings them to the guide when the guide is elsewhere. */
  join(user: SessionUser, tourId: string): Refused | undefined {
    const tour = this.tours.get(tourId);
    if (!tour) return refused('tour_ended', 'this tour has ended');
    if (tour.guide.id === user.id) return refused('tour_own', 'you lead this tour');
    if (this.guiding.has(user.id)) return refused('tour_is_guide', 'you are leading a tour yourself');
    if (this.following.get(user.id) === tour) return undefined;
    this.leave(user.id);
    tour.members.add(user.id);
    this.following.set(user.id, tour);
    this.tell(tour);
    const guideAt = this.presence.whereIs(tour.guide.id);
    if (guideAt) this.bringAlong(tour, user.id, guideAt.place, guideAt.roomId);
    return undefined;
  }

  /** Takes `userId` off the tour they follow, if any. */
  leave(userId: string): void {
    const tour = this.following.get(userId);
    if (!tour) return;
    this.following.delete(userId);
    tour.members.delete(userId);
    this.send(userId, TourMessages.state, { tour: null, role: null } satisfies TourState);
    this.tell(tour);
  }

  /** Ends the tour `guideId` leads; a reason when they lead none. */
  end(guideId: string, reason: TourEnded['reason'] = 'ended'): Refused | undefined {
    const tour = this.guiding.get(guideId);
    if (!tour) return refused('tour_not_leading', 'you are not leading a tour');
    this.tours.delete(tour.id);
    this.guiding.delete(guideId);
    const ended: TourEnded = { tourId: tour.id, title: tour.title, reason };
    const none: TourState = { tour: null, role: null };
    for (const member of tour.members) {
      this.following.delete(member);
      this.send(member, TourMessages.ended, ended);
      this.send(member, TourMessages.state, none);
    }
    this.send(guideId, TourMessages.state, none);
    return undefined;
  }

  /** What one connection of `userId` should know of their tour, e.g. on arriving in a room. */
  stateOf(userId: string): TourState {
    const guided = this.guiding.get(userId);
    const tour = guided ?? this.following.get(userId);
    const summary = tour && this.summary(tour);
    return summary ? { tour: summary, role: guided ? 'guide' : 'member' } : { tour: null, role: null };
  }

  /** Stops the timers; for shutting down. */
  close(): void {
    for (const timer of this.leaving.values()) clearTimeout(timer);
    this.leaving.clear();
  }

  private summary(tour: Tour): TourSummary | undefined {
    const place = this.presence.whereIs(tour.guide.id)?.place;
    if (!place) return undefined;
    return {
      id: tour.id,
      title: tour.title,
      guideId: tour.guide.id,
      guideName: tour.guide.name,
      guideCountry: tour.guide.country,
      place,
      members: tour.members.size,
    };
  }

  private guideMoved(tour: Tour, place: Zone, roomId: string): void {
    this.tell(tour);
    for (const member of tour.members) this.bringAlong(tour, member, place, roomId);
  }

  /** Tells a member in another room than the guide (another zone, or another instance of it) to follow. */
  private bringAlong(tour: Tour, member: string, place: Zone, roomId: string): void {
    const at = this.presence.whereIs(member);
    if (!at || at.roomId === roomId) return;
    const follow: TourFollow = { tourId: tour.id, guideId: tour.guide.id, place, roomId };
    this.send(member, TourMessages.follow, follow);
  }

  /** Sends everyone on the tour its new state. */
  private tell(tour: Tour): void {
    const summary = this.summary(tour);
    if (!summary) return;
    this.send(tour.guide.id, TourMessages.state, { tour: summary, role: 'guide' } satisfies TourState);
    for (const member of tour.members) {
      this.send(member, TourMessages.state, { tour: summary, role: 'member' } satisfies TourState);
    }
  }

  private goneForGood(userId: string): void {
    this.leaving.delete(userId);
    if (this.presence.whereIs(userId)) return;
    if (this.guiding.has(userId)) this.end(userId, 'guide_left');
    this.leave(userId);
  }

  private cancelLeaving(userId: string): void {
    const timer = this.leaving.get(userId);
    if (timer) clearTimeout(timer);
    this.leaving.delete(userId);
  }

  private send(userId: string, type: string, message: unknown): void {
    this.clients.send(userId, type, message);
  }
}
