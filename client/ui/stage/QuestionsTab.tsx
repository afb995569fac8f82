import { useTranslation } from 'react-i18next';
import { useStage } from '../../state/stage.ts';
import { QuestionAskForm } from './QuestionAskForm.tsx';
import { QuestionItem } from './QuestionItem.tsx';

/** Questions for the speaker, best voted first; answered ones stay, dimmed, at their place. */
export function QuestionsTab({ userId, organiser }: { userId: string; organiser: boolean }) {
  const { t } = useTranslation();
  const questions = useStage((s) => s.questions);
  return (
    <div className="stage-tab-body">
      <QuestionAskForm />
      {questions.length === 0 ? (
        <p className="stage-empty">{t('stage.questions.empty')}</p>
      ) : (
        <ol className="stage-questions" aria-label={t('stage.tabs.questions')}>
          {questions.map((question) => (
            <QuestionItem
              key={question.id}
              question={question}
              mine={question.fromId === userId}
              canAnswer={organiser}
            />
          ))}
        </ol>
      )}
    </div>
  );
}
