import type { Presence } from '@colyseus/core';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { SessionUser } from '../../shared/api.ts';
import { CountryId } from '../../shared/countries.ts';
import { STAGE_LIMITS, stageRoomName, StageStatus, type RaisedHand } from '../../shared/stage.ts';
import { BusTopic } from '../bus/busTopic.ts';
import { BEAT_MS, ProcessLiveness } from '../bus/processLiveness.ts';
import { listQuestions, type StoredQuestion } from '../db/stageStore.ts';
import type { Database } from '../db/schema.ts';
import type { Media } from '../media/media.ts';

interface Stage {
  hands: Map<string, RaisedHand>;
  promoted: Set<string>;
  statusListeners: Set<(status: StageStatus) => void>;
  questionListeners: Set<(questions: StoredQuestion[]) => void>;
}

const StageEvent = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('status'), pavilionId: CountryId, status: StageStatus }),
  /** A process that starts asks the hosts for the stages they have. */
  z.object({ kind: z.literal('hello') }),
  /** The sender still runs; what it told is dropped when it falls silent. */
  z.object({ kind: z.literal('alive') }),
]);
type StageEvent = z.infer<typeof StageEvent>;

/**
 * What a pavilion's stage shares across all instances of that pavilion: raised hands, who an
 * organiser has let speak, and the questions. Rooms listen and pass changes to their clients.
 *
 * All of a pavilion's rooms are in one process (see scaling/placement.ts), which holds its stage
 * and changes it: hands and promotions come only from those rooms' messages. Other processes
 * only read it, for HTTP requests any process may serve (a speaker's media token, the
 * dashboard), so the host tells every change to them on the bus, and they keep the last one
 * heard; a process that starts asks the hosts. Told before the host's own rooms, a promotion
 * reaches the other processes about when the speaker hears of it; and it needs no new token
 * then, as the host lets the speaker's microphone publish in LiveKit at once: a token asked of
 * another process matters only when the speaker connects again, well after. With
 * one process there is no other reader, and nothing changes.
 */
export class StageHub {
  private readonly stages = new Map<CountryId, Stage>();
  /** The stages hosted by other processes, as last told, and by which. */
  private readonly elsewhere = new Map<CountryId, { status: StageStatus; origin: string }>();
  private readonly shared: BusTopic<StageEvent>;
  private readonly liveness: ProcessLiveness;
  /** Settles once other processes' stages are heard (and asked for). */
  readonly ready: Promise<void>;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly media: Media | undefined,
    bus: Presence,
    beatMs = BEAT_MS,
  ) {
    this.shared = new BusTopic(bus, 'stage.status', StageEvent, (event, origin) => this.hear(event, origin));
    this.ready = this.shared.ready.then(() => this.shared.publish({ kind: 'hello' }));
    // A host that stopped (a crash) no longer has hands or speakers; now and then every host tells its stages again.
    this.liveness = new ProcessLiveness(
      beatMs,
      (full) => (full ? this.tellHosted() : this.shared.publish({ kind: 'alive' })),
      (origin) => {
        for (const [id, told] of this.elsewhere) if (told.origin === origin) this.elsewhere.delete(id);
      },
    );
  }

  close(): void {
    this.liveness.close();
    this.shared.close();
  }

  private hear(event: StageEvent, origin: string): void {
    this.liveness.heard(origin);
    if (event.kind === 'status') this.elsewhere.set(event.pavilionId, { status: event.status, origin });
    else if (event.kind === 'hello') this.tellHosted();
  }

  private tellHosted(): void {
    for (const id of this.stages.keys()) if (this.hosts(id)) this.tell(id);
  }

  /** Whether this process has rooms of the pavilion, and so holds its stage. */
  private hosts(id: CountryId): boolean {
    return (this.stages.get(id)?.statusListeners.size ?? 0) > 0;
  }

  private tell(id: CountryId): void {
    this.shared.publish({ kind: 'status', pavilionId: id, status: this.localStatus(id) });
  }

  private stage(id: CountryId): Stage {
    let stage = this.stages.get(id);
    if (!stage) {
      stage = { hands: new Map(), promoted: new Set(), statusListeners: new Set(), questionListeners: new Set() };
      this.stages.set(id, stage);
    }
    return stage;
  }

  /** The stage as its host process has it: this one's, or the last told by another. */
  status(id: CountryId): StageStatus {
    if (!this.hosts(id)) {
      const told = this.elsewhere.get(id);
      if (told) return told.status;
    }
    return this.localStatus(id);
  }

  private localStatus(id: CountryId): StageStatus {
    const stage = this.stage(id);
    return { hands: [...stage.hands.values()], promoted: [...stage.promoted] };
  }

  isPromoted(id: CountryId, userId: string): boolean {
    return this.status(id).promoted.includes(userId);
  }

  watch(id: CountryId, onStatus: (s: StageStatus) => void, onQuestions: (q: StoredQuestion[]) => void): () => void {
    const stage = this.stage(id);
    const first = !this.hosts(id);
    stage.statusListeners.add(onStatus);
    stage.questionListeners.add(onQuestions);
    // A new host: what other processes heard from a previous one is no longer so.
    if (first) this.tell(id);
    return () => {
      stage.statusListeners.delete(onStatus);
      stage.questionListeners.delete(onQuestions);
    };
  }

  private publishStatus(id: CountryId): void {
    this.tell(id);
    const status = this.localStatus(id);
    for (const listener of this.stage(id).statusListeners) listener(status);
  }

  async questions(id: CountryId): Promise<StoredQuestion[]> {
    return listQuestions(this.db, id, STAGE_LIMITS.questionsShown);
  }

  async questionsChanged(id: CountryId): Promise<void> {
    const questions = await this.questions(id);
    for (const listener of this.stage(id).questionListeners) listener(questions);
  }

  raiseHand(id: CountryId, user: SessionUser, raised: boolean): void {
    const { hands, promoted } = this.stage(id);
    if (raised && !promoted.has(user.id) && !hands.has(user.id)) {
      hands.set(user.id, { userId: user.id, name: user.name, country: user.country, at: new Date().toISOString() });
    } else if (!raised && !hands.delete(user.id)) {
      return;
    }
    this.publishStatus(id);
  }

  /** Lets a person speak: their microphone may publish on the stage, now and when they reconnect. */
  async promote(id: CountryId, userId: string): Promise<void> {
    const stage = this.stage(id);
    stage.promoted.add(userId);
    stage.hands.delete(userId);
    this.publishStatus(id);
    await this.media?.setPublishing(stageRoomName(id), userId, ['microphone']);
  }

  async demote(id: CountryId, userId: string): Promise<void> {
    const stage = this.stage(id);
    if (!stage.promoted.delete(userId)) return;
    this.publishStatus(id);
    await this.media?.setPublishing(stageRoomName(id), userId, []);
  }

  /** Someone leaving the pavilion lowers their hand; a promotion ends when they leave the stage's media room. */
  left(id: CountryId, userId: string): void {
    if (this.stage(id).hands.delete(userId)) this.publishStatus(id);
  }
}
