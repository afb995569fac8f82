import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TOUR_LIMITS } from '../../../shared/tours.ts';
import { startTour } from '../../net/findRoom.ts';

/** A guide names a tour and starts it where they stand; people in the room are invited to join. */
export function LeadTourForm() {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const sent = startTour(title);
    if (sent.ok) setTitle('');
    setProblem(sent.ok ? null : sent.problem === 'offline' ? t('find.offline') : t('tours.titleInvalid'));
  };
  return (
    <form className="lead-tour" onSubmit={submit} noValidate>
      <label htmlFor="tour-title">{t('tours.lead')}</label>
      <div className="lead-tour-row">
        <input
          id="tour-title"
          value={title}
          maxLength={TOUR_LIMITS.maxTitle}
          onChange={(e) => setTitle(e.target.value)}
          placeholder={t('tours.titlePlaceholder')}
          aria-invalid={problem !== null}
          aria-describedby={problem ? 'tour-title-problem' : undefined}
        />
        <button type="submit" className="found-go primary-tone">
          {t('tours.start')}
        </button>
      </div>
      {problem && (
        <p id="tour-title-problem" className="find-error">
          {problem}
        </p>
      )}
    </form>
  );
}
