import { randomUUID } from 'node:crypto';
import type { Presence as Bus } from '@colyseus/core';
import type { SessionUser } from '../../shared/api.ts';
import { TourMessages, type TourEnded, type TourFollow, type TourState, type TourSummary } from '../../shared/tours.ts';
import type { Zone } from '../../shared/world/world.ts';
import type { PresenceDirectory } from '../find/presenceDirectory.ts';
import type { ClientDirectory } from '../moderation/clientDirectory.ts';
import { refused, type Refused } from '../../shared/refusals.ts';
import { BusTopic } from '../bus/busTopic.ts';
import { BEAT_MS, ProcessLiveness } from '../bus/processLiveness.ts';
import { TourEvent, type SharedTour } from './tourEvents.ts';

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
  /** The process that started it: it alone moves the members along and ends it when the guide leaves. */
  owner: string;
}

const TOUR_TOPIC = 'tours';

/**
 * The guided tours running at the event. A guide leads one tour at a time, a person follows
 * at most one; when the guide enters another room every member is told to follow, and when the
 * guide leaves the event the tour ends and its members are told.
 *
 * Guide and members may be in rooms of different processes, so every process keeps every tour:
 * a command is checked here, published on the bus, and applied by every process in the bus's one
 * order; the process that published it tells the people concerned, wherever they are connected.
 */
export class TourHub {
  private readonly tours = new Map<string, Tour>();
  private readonly guiding = new Map<string, Tour>();
  private readonly following = new Map<string, Tour>();
  private readonly leaving = new Map<string, NodeJS.Timeout>();
  /** Guides whose start is on its way round the bus: a second start meanwhile is refused like one after it. */
  private readonly starting = new Map<string, NodeJS.Timeout>();
  /** Tours ended, so that a late `running` does not bring one back (a few ids a day). */
  private readonly ended = new Set<string>();
  private readonly shared: BusTopic<TourEvent>;
  private readonly liveness: ProcessLiveness;
  /** Settles once this process hears the tours' changes and has asked for the tours already running. */
  readonly ready: Promise<void>;

  constructor(
    private readonly presence: PresenceDirectory,
    private readonly clients: ClientDirectory,
    bus: Bus,
    /** How often this process says it runs; also how long a start may take to come back before it counts as lost. */
    private readonly beatMs = BEAT_MS,
  ) {
    this.shared = new BusTopic(bus, TOUR_TOPIC, TourEvent, (event, origin) => this.apply(event, origin), true);
    this.ready = this.shared.ready.then(() => this.shared.publish({ kind: 'hello' }));
    this.liveness = new ProcessLiveness(
      beatMs,
      (full) => (full ? this.tellRunning() : this.shared.publish({ kind: 'alive' })),
      (origin) => this.adoptFrom(origin),
    );
    presence.events.on('moved', (userId, place, roomId) => {
      this.cancelLeaving(userId);
      const tour = this.guiding.get(userId);
      if (tour && this.owns(tour)) this.guideMoved(tour, place, roomId);
    });
    presence.events.on('gone', (userId) => {
      const tour = this.guiding.get(userId) ?? this.following.get(userId);
      if (!tour || !this.owns(tour)) return;
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
    if (this.guiding.has(guide.id) || this.starting.has(guide.id))
      return refused('tour_already_leading', 'you are already leading a tour; end it first');
    const at = this.presence.whereIs(guide.id);
    if (!at) return refused('tour_not_in_expo', 'you are not in the expo');
    const tour: SharedTour = { id: randomUUID(), title, guide, members: [] };
    this.starting.set(
      guide.id,
      setTimeout(() => this.starting.delete(guide.id), this.beatMs),
    );
    this.shared.publish({ kind: 'started', tour });
    return { ...this.summaryOf(tour.id, title, guide, at.place), members: 0 };
  }

  /** Adds `user` to a tour (leaving any other); brings them to the guide when the guide is elsewhere. */
  join(user: SessionUser, tourId: string): Refused | undefined {
    const tour = this.tours.get(tourId);
    if (!tour) return refused('tour_ended', 'this tour has ended');
    if (tour.guide.id === user.id) return refused('tour_own', 'you lead this tour');
    if (this.guiding.has(user.id)) return refused('tour_is_guide', 'you are leading a tour yourself');
    if (this.following.get(user.id) === tour) return undefined;
    this.shared.publish({ kind: 'joined', tourId, userId: user.id });
    return undefined;
  }

  /** Takes `userId` off the tour they follow, if any. */
  leave(userId: string): void {
    if (this.following.has(userId)) this.shared.publish({ kind: 'left', userId });
  }

  /** Ends the tour `guideId` leads; a reason when they lead none. */
  end(guideId: string, reason: TourEnded['reason'] = 'ended'): Refused | undefined {
    if (!this.guiding.has(guideId)) return refused('tour_not_leading', 'you are not leading a tour');
    this.shared.publish({ kind: 'ended', guideId, reason });
    return undefined;
  }

  /** What one connection of `userId` should know of their tour, e.g. on arriving in a room. */
  stateOf(userId: string): TourState {
    const guided = this.guiding.get(userId);
    const tour = guided ?? this.following.get(userId);
    const summary = tour && this.summary(tour);
    return summary ? { tour: summary, role: guided ? 'guide' : 'member' } : { tour: null, role: null };
  }

  /** Stops the timers and stops hearing other processes' changes; for shutting down. */
  close(): void {
    for (const timer of [...this.leaving.values(), ...this.starting.values()]) clearTimeout(timer);
    this.leaving.clear();
    this.starting.clear();
    this.liveness.close();
    this.shared.close();
  }

  /**
   * Applies one change, in every process in the same order; `told` is true in the process that
   * published it, which alone tells the people concerned. A change that no longer fits (the tour
   * ended meanwhile in another process) changes nothing.
   */
  private apply(event: TourEvent, origin: string): void {
    const told = origin === this.shared.origin;
    this.liveness.heard(origin);
    switch (event.kind) {
      case 'started': {
        const { tour } = event;
        if (told) {
          clearTimeout(this.starting.get(tour.guide.id));
          this.starting.delete(tour.guide.id);
        }
        if (this.ended.has(tour.id) || this.tours.has(tour.id) || this.guiding.has(tour.guide.id)) return;
        this.leaveNow(tour.guide.id, told);
        const started = this.keep(tour, origin);
        if (told) this.tell(started);
        return;
      }
      case 'joined': {
        const tour = this.tours.get(event.tourId);
        const { userId } = event;
        if (!tour || tour.guide.id === userId || this.guiding.has(userId) || this.following.get(userId) === tour)
          return;
        this.leaveNow(userId, told);
        tour.members.add(userId);
        this.following.set(userId, tour);
        if (!told) return;
        this.tell(tour);
        const guideAt = this.presence.whereIs(tour.guide.id);
        if (guideAt) this.bringAlong(tour, userId, guideAt.place, guideAt.roomId);
        return;
      }
      case 'left':
        return this.leaveNow(event.userId, told);
      case 'ended':
        return this.endNow(event.guideId, event.reason, told);
      case 'hello':
        if (!told) this.tellRunning();
        return;
      case 'running':
        for (const tour of event.tours)
          if (!this.ended.has(tour.id) && !this.tours.has(tour.id) && !this.guiding.has(tour.guide.id))
            this.keep(tour, origin);
        return;
      case 'alive':
        return;
      case 'adopted': {
        const tour = this.tours.get(event.tourId);
        // The first process to take it over has it; later ones change nothing.
        if (!tour || tour.owner !== event.from) return;
        tour.owner = origin;
        if (!told) return;
        // Members may have missed a call to follow that the stopped process was to send.
        const guideAt = this.presence.whereIs(tour.guide.id);
        if (guideAt) this.guideMoved(tour, guideAt.place, guideAt.roomId);
        this.checkStillHere(tour);
        return;
      }
    }
  }

  /** Tells the others the tours this process started (and moves along). */
  private tellRunning(): void {
    const mine = [...this.tours.values()].filter((tour) => this.owns(tour));
    const tours = mine.map(({ id, title, guide, members }) => ({ id, title, guide, members: [...members] }));
    if (tours.length > 0) this.shared.publish({ kind: 'running', tours });
  }

  /** The process moving these tours along stopped (a crash): one of the others takes them over. */
  private adoptFrom(origin: string): void {
    for (const tour of this.tours.values())
      if (tour.owner === origin) this.shared.publish({ kind: 'adopted', tourId: tour.id, from: origin });
  }

  /** A new owner missed the departures its predecessor was waiting on: the guide or members gone meanwhile leave. */
  private checkStillHere(tour: Tour): void {
    for (const userId of [tour.guide.id, ...tour.members])
      if (!this.presence.whereIs(userId) && !this.leaving.has(userId))
        this.leaving.set(
          userId,
          setTimeout(() => this.goneForGood(userId), GONE_GRACE_MS),
        );
  }

  private keep({ id, title, guide, members }: SharedTour, owner: string): Tour {
    const tour: Tour = { id, title, guide, members: new Set(), owner };
    this.tours.set(id, tour);
    this.guiding.set(guide.id, tour);
    for (const member of members) {
      if (this.following.has(member)) continue;
      tour.members.add(member);
      this.following.set(member, tour);
    }
    return tour;
  }

  private leaveNow(userId: string, told: boolean): void {
    const tour = this.following.get(userId);
    if (!tour) return;
    this.following.delete(userId);
    tour.members.delete(userId);
    if (!told) return;
    this.send(userId, TourMessages.state, { tour: null, role: null } satisfies TourState);
    this.tell(tour);
  }

  private endNow(guideId: string, reason: TourEnded['reason'], told: boolean): void {
    const tour = this.guiding.get(guideId);
    if (!tour) return;
    this.tours.delete(tour.id);
    this.ended.add(tour.id);
    this.guiding.delete(guideId);
    const ended: TourEnded = { tourId: tour.id, title: tour.title, reason };
    const none: TourState = { tour: null, role: null };
    for (const member of tour.members) {
      this.following.delete(member);
      if (!told) continue;
      this.send(member, TourMessages.ended, ended);
      this.send(member, TourMessages.state, none);
    }
    if (told) this.send(guideId, TourMessages.state, none);
  }

  private owns(tour: Tour): boolean {
    return tour.owner === this.shared.origin;
  }

  private summary(tour: Tour): TourSummary | undefined {
    const place = this.presence.whereIs(tour.guide.id)?.place;
    if (!place) return undefined;
    return { ...this.summaryOf(tour.id, tour.title, tour.guide, place), members: tour.members.size };
  }

  private summaryOf(id: string, title: string, guide: SessionUser, place: Zone): Omit<TourSummary, 'members'> {
    return { id, title, guideId: guide.id, guideName: guide.name, guideCountry: guide.country, place };
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
