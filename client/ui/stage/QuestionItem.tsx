import { useTranslation } from 'react-i18next';
import type { Question } from '../../../shared/stage.ts';
import { answerQuestion, voteQuestion } from '../../net/rooms.ts';
import { formatNumber } from '../exhibitor/formatters.ts';

export interface QuestionItemProps {
  question: Question;
  mine: boolean;
  canAnswer: boolean;
}

/** One question: its votes (a toggle, not for one's own), who asked, and for organisers "Mark answered". */
export function QuestionItem({ question, mine, canAnswer }: QuestionItemProps) {
  const { t, i18n } = useTranslation();
  const votes = formatNumber(i18n.resolvedLanguage ?? 'en', question.votes);
  const voteLabel = mine
    ? t('stage.questions.own')
    : question.votedByMe
      ? t('stage.questions.unvote')
      : t('stage.questions.vote');
  return (
    <li className="stage-question" data-answered={question.answered} data-mine={mine}>
      <button
        type="button"
        className="stage-vote"
        aria-pressed={question.votedByMe}
        aria-label={`${voteLabel} (${t('stage.questions.votes', { count: question.votes })})`}
        title={voteLabel}
        disabled={mine}
        onClick={() => voteQuestion(question.id)}
      >
        <span aria-hidden="true">▲</span>
        <span aria-hidden="true">{votes}</span>
      </button>
      <div className="stage-question-body">
        <p className="stage-question-text">{question.text}</p>
        <p className="stage-question-meta">
          <span>{mine ? t('stage.you') : question.name}</span>
          {question.answered && <span className="stage-answered">{t('stage.questions.answered')}</span>}
        </p>
      </div>
      {canAnswer && !question.answered && (
        <button type="button" className="stage-small" onClick={() => answerQuestion(question.id)}>
          {t('stage.questions.markAnswered')}
        </button>
      )}
    </li>
  );
}
