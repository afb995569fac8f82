import { useTranslation } from 'react-i18next';
import { useFindable } from './useFindable.ts';

/** "Let others find me and come to me": a switch saved to the visitor's profile. */
export function FindableToggle() {
  const { t } = useTranslation();
  const findable = useFindable();
  return (
    <div className="findable">
      <label className="findable-switch">
        <input
          type="checkbox"
          role="switch"
          checked={findable.value ?? false}
          disabled={findable.value === null || findable.saving}
          onChange={(e) => findable.change(e.target.checked)}
          aria-describedby="findable-hint"
          data-testid="findable-toggle"
        />
        <span className="findable-track" aria-hidden="true" />
        <span className="findable-label">{t('find.findable')}</span>
      </label>
      <p id="findable-hint" className="findable-hint">
        {findable.failed ? <span className="find-error">{t('find.findableFailed')}</span> : t('find.findableHint')}
      </p>
    </div>
  );
}
