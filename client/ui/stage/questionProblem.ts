import type { TFunction } from 'i18next';
import { STAGE_LIMITS } from '../../../shared/stage.ts';
import type { SendResult } from '../../net/rooms.ts';

export const QUESTION_MIN_LENGTH = 3;

/** Why a question was not sent, in the interface language; never the schema's English. */
export function questionProblem(t: TFunction, result: SendResult): string | null {
  if (result.ok) return null;
  if (result.problem === 'offline') return t('stage.offline');
  if (result.code === 'too_small') return t('stage.questions.tooShort', { min: QUESTION_MIN_LENGTH });
  if (result.code === 'too_big') return t('stage.questions.tooLong', { max: STAGE_LIMITS.questionLength });
  return t('errors.refusal.invalid');
}
