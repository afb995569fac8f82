import { useTranslation } from 'react-i18next';
import { useFind, type FindOutcome } from '../../state/find.ts';

function keyOf(outcome: FindOutcome): string {
  return outcome.kind === 'refused' ? `find.outcome.${outcome.reason}` : `find.outcome.${outcome.kind}`;
}

/** What became of the last walk or jump to someone, said once, with a way to dismiss it. */
export function FindOutcomeLine() {
  const { t } = useTranslation();
  const outcome = useFind((s) => s.outcome);
  if (!outcome) return null;
  const name = outcome.name ?? t('find.someone');
  return (
    <p className="find-outcome" data-kind={outcome.kind} role="status">
      <span>{t(keyOf(outcome), { name })}</span>
      <button
        type="button"
        className="hud-close small"
        onClick={() => useFind.setState({ outcome: null })}
        aria-label={t('find.dismiss')}
      >
        <span aria-hidden="true">✕</span>
      </button>
    </p>
  );
}
