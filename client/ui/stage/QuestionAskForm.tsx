import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { STAGE_LIMITS } from '../../../shared/stage.ts';
import { askQuestion } from '../../net/rooms.ts';
import { questionProblem } from './questionProblem.ts';
import { formatNumber } from '../exhibitor/formatters.ts';

/** The line to ask the speaker something; the question appears in the list once the server has it. */
export function QuestionAskForm() {
  const { t, i18n } = useTranslation();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const used = text.trim().length;
  const max = STAGE_LIMITS.questionLength;
  const lang = i18n.resolvedLanguage ?? 'en';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = askQuestion(text);
    setProblem(questionProblem(t, result));
    if (result.ok) setText('');
  };

  return (
    <form className="stage-ask" onSubmit={submit}>
      <label htmlFor="stage-question" className="visually-hidden">
        {t('stage.questions.label')}
      </label>
      <textarea
        id="stage-question"
        className="stage-ask-input"
        rows={2}
        value={text}
        maxLength={max + 50}
        placeholder={t('stage.questions.placeholder')}
        aria-invalid={used > max || undefined}
        aria-describedby="stage-question-count"
        onChange={(e) => {
          setText(e.target.value);
          if (problem) setProblem(null);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) submit(e);
        }}
      />
      <div className="stage-ask-foot">
        <span id="stage-question-count" className="stage-count" data-over={used > max}>
          {formatNumber(lang, used)}/{formatNumber(lang, max)}
        </span>
        <button type="submit" className="stage-button" data-kind="primary" disabled={used === 0 || used > max}>
          {t('stage.questions.ask')}
        </button>
      </div>
      {problem && (
        <p className="stage-ask-problem" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
