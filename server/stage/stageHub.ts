import type { Kysely } from 'kysely';
import type { SessionUser } from '../../shared/api.ts';
import type { CountryId } from '../../shared/countries.ts';
import { STAGE_LIMITS, stageRoomName, type RaisedHand, type StageStatus } from '../../shared/stage.ts';
import { listQuestions, type StoredQuestion } from '../db/stageStore.ts';
import type { Database } from '../db/schema.ts';
import type { Media } from '../media/media.ts';

interface Stage {
  hands: Map<string, RaisedHand>;
  promoted: Set<string>;
  statusListeners: Set<(status: StageStatus) => void>;
  questionListeners: Set<(questions: StoredQuestion[]) => void>;
}

/**
 * What a pavilion's stage shares across all instances of that pavilion: raised hands, who an
 * organiser has let speak, and the questions. Rooms listen and pass changes to their clients.
 */
export class StageHub {
  private readonly stages = new Map<CountryId, Stage>();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly media: Media | undefined,
  ) {}

  private stage(id: CountryId): Stage {
    let stage = this.stages.get(id);
    if (!stage) {
      stage = { hands: new Map(), promoted: new Set(), statusListeners: new Set(), questionListeners: new Set() };
      this.stages.set(id, stage);
    }
    return stage;
  }

  status(id: CountryId): StageStatus {
    const stage = this.stage(id);
    return { hands: [...stage.hands.values()], promoted: [...stage.promoted] };
  }

  isPromoted(id: CountryId, userId: string): boolean {
    return this.stage(id).promoted.has(userId);
  }

  watch(id: CountryId, onStatus: (s: StageStatus) => void, onQuestions: (q: StoredQuestion[]) => void): () => void {
    const stage = this.stage(id);
    stage.statusListeners.add(onStatus);
    stage.questionListeners.add(onQuestions);
    return () => {
      stage.statusListeners.delete(onStatus);
      stage.questionListeners.delete(onQuestions);
    };
  }

  private publishStatus(id: CountryId): void {
    const status = this.status(id);
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
