import { create } from 'zustand';
import type { CountryId } from '../../shared/countries.ts';
import type { Question, RaisedHand, StageSlot, StageStatus } from '../../shared/stage.ts';

export type AgendaState = 'idle' | 'loading' | 'ready' | 'failed';

interface StageState {
  /** The pavilion whose stage this is; null on the plaza. */
  pavilionId: CountryId | null;
  hands: RaisedHand[];
  /** User ids an organiser has let speak. */
  promoted: string[];
  /** Best voted first, as the server sends them. */
  questions: Question[];
  slots: StageSlot[];
  agenda: AgendaState;
  /** Names met in hands and questions, so the promoted (who are ids only) can be named. */
  names: Record<string, string>;
  /** A new room: another pavilion's stage, or none. */
  enterRoom(pavilionId: CountryId | null): void;
  clear(): void;
  receiveStatus(status: StageStatus): void;
  receiveQuestions(questions: Question[]): void;
  agendaLoading(): void;
  receiveAgenda(pavilionId: CountryId, slots: StageSlot[]): void;
  agendaFailed(): void;
}

const empty = { hands: [], promoted: [], questions: [], slots: [], agenda: 'idle' as const };

function withNames(names: Record<string, string>, people: { id: string; name: string }[]): Record<string, string> {
  const missing = people.filter((p) => names[p.id] !== p.name);
  if (missing.length === 0) return names;
  return { ...names, ...Object.fromEntries(missing.map((p) => [p.id, p.name])) };
}

/** The stage of the pavilion the visitor is in: hands, who may speak, questions and the agenda. */
export const useStage = create<StageState>((set, get) => ({
  pavilionId: null,
  ...empty,
  names: {},
  enterRoom: (pavilionId) => {
    if (pavilionId === get().pavilionId) return;
    set({ pavilionId, ...empty });
  },
  clear: () => set({ pavilionId: null, ...empty, names: {} }),
  receiveStatus: (status) =>
    set((s) => ({
      hands: status.hands,
      promoted: status.promoted,
      names: withNames(
        s.names,
        status.hands.map((h) => ({ id: h.userId, name: h.name })),
      ),
    })),
  receiveQuestions: (questions) =>
    set((s) => ({
      questions,
      names: withNames(
        s.names,
        questions.map((q) => ({ id: q.fromId, name: q.name })),
      ),
    })),
  agendaLoading: () => set((s) => ({ agenda: s.agenda === 'ready' ? 'ready' : 'loading' })),
  receiveAgenda: (pavilionId, slots) => {
    if (pavilionId === get().pavilionId) set({ slots, agenda: 'ready' });
  },
  agendaFailed: () => set((s) => ({ agenda: s.agenda === 'ready' ? 'ready' : 'failed' })),
}));
