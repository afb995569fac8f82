import type { SessionUser } from '../../shared/api.ts';
import { TOUR_GUIDE_ROLES } from '../../shared/tours.ts';

/**
 * Every permission in one place. Each rule answers for a user and, where it matters, the
 * booth acted on; HTTP routes and room handlers ask here and nowhere else.
 */
export const ACTIONS = {
  /** Leave one's card at a booth. */
  'lead.create': () => true,
  /** See a booth's leads, export them, and follow new ones live. */
  'booth.leads.read': (user: SessionUser, boothId?: string) => ownsBooth(user, boothId) || user.role === 'organiser',
  /** See a booth's visits and dwell time. */
  'booth.analytics.read': (user: SessionUser, boothId?: string) =>
    ownsBooth(user, boothId) || user.role === 'organiser',
  /** Change a booth's texts, logo and brochure. */
  'booth.edit': (user: SessionUser, boothId?: string) => ownsBooth(user, boothId) || user.role === 'organiser',
  /** Offer to exchange business cards with someone in the same room, answer offers, and read the cards collected. */
  'cards.exchange': () => true,
  /** Write in a room's chat (a mute, checked beside this, can still silence anyone). */
  'chat.send': () => true,
  /** Delete anyone's chat message (room, nearby or direct): gone for everyone who has it and from history. */
  'chat.delete': (user: SessionUser) => user.role === 'organiser',
  /** Show a banner to everyone in every room, and end it; list past announcements. */
  announce: (user: SessionUser) => user.role === 'organiser',
  /** Make, list and revoke invitation links. */
  'invites.manage': (user: SessionUser) => user.role === 'organiser',
  /** Set up the event: pavilions, booths, meeting halls; import exhibitors; export all event data. */
  'event.setup': (user: SessionUser) => user.role === 'organiser',
  /** Watch the event live: the organisers' dashboard (reads only, changes nothing). */
  'event.monitor': (user: SessionUser) => user.role === 'organiser',
  /** Mute, remove and ban people, read the moderation log, and read and resolve visitors' reports. */
  'moderation.act': (user: SessionUser) => user.role === 'organiser',
  /** Report someone seen at the event to the organisers. */
  'person.report': () => true,
  /** Raise a hand, ask and vote on questions at a stage. */
  'stage.participate': () => true,
  /** Publish camera, microphone and screen on a stage (a speaker also needs a slot on now). */
  'stage.present': (user: SessionUser, stage?: string) =>
    (user.role === 'speaker' && stage !== undefined && user.scope === stage) || user.role === 'organiser',
  /** Run a stage: let people speak, mute, remove, mark questions answered; edit its agenda. */
  'stage.moderate': (user: SessionUser) => user.role === 'organiser',
  /** Book a meeting hall and invite people to a side meeting; see halls' busy times; find people. */
  'meeting.book': (user: SessionUser) => user.role === 'delegate' || user.role === 'organiser',
  /**
   * Chair a side meeting one is on the list of (the target is its host's id): give the floor,
   * admit from the lobby, mute, remove, lock and end. Its host chairs, and so does any organiser.
   */
  'meeting.chair': (user: SessionUser, hostId?: string) =>
    user.role === 'organiser' || (user.role === 'delegate' && hostId !== undefined && user.id === hostId),
  /** Speak to the people nearby in the plaza and the pavilions (a mute, checked beside this, silences anyone). */
  'voice.talk': () => true,
  /** Lead a guided tour that others follow from room to room. */
  'tour.lead': (user: SessionUser) => TOUR_GUIDE_ROLES.includes(user.role),
} as const;

export type Action = keyof typeof ACTIONS;

function ownsBooth(user: SessionUser, boothId: string | undefined): boolean {
  return user.role === 'exhibitor' && boothId !== undefined && user.boothId === boothId;
}

export function can(user: SessionUser, action: Action, target?: string): boolean {
  return ACTIONS[action](user, target);
}
