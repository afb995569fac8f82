import { useTranslation } from 'react-i18next';
import type { Catalogue } from '../../../shared/catalogue.ts';
import { localize, type Lang } from '../../../shared/languages.ts';
import type { FieldError } from '../exhibitor/contentErrors.ts';
import { FieldErrorMessage } from '../exhibitor/FieldErrorMessage.tsx';
import { findBooth } from '../exhibitor/findBooth.ts';
import { Flag } from '../Flag.tsx';

export interface BoothSelectProps {
  catalogue: Catalogue;
  value: string;
  onChange(boothId: string): void;
  error: FieldError | undefined;
}

/** Every booth, grouped by pavilion; the chosen booth's pavilion is named with its flag underneath. */
export function BoothSelect({ catalogue, value, onChange, error }: BoothSelectProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage as Lang;
  const chosen = value ? findBooth(catalogue, value) : null;
  return (
    <div className="field">
      <label htmlFor="invite-booth">{t('organiser.form.booth')}</label>
      <select
        id="invite-booth"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'invite-booth-hint invite-booth-error' : 'invite-booth-hint'}
      >
        <option value="">{t('organiser.form.chooseBooth')}</option>
        {catalogue.pavilions
          .filter((p) => p.booths.length > 0)
          .map((pavilion) => (
            <optgroup key={pavilion.id} label={localize(pavilion.name, lang)}>
              {pavilion.booths.map((booth) => (
                <option key={booth.id} value={booth.id}>
                  {localize(booth.content.name, lang)}
                  {booth.sample ? ` · ${t('booth.sample')}` : ''}
                </option>
              ))}
            </optgroup>
          ))}
      </select>
      {chosen ? (
        <p id="invite-booth-hint" className="hint org-chosen">
          <Flag country={chosen.pavilion.country} size={14} />
          <span>
            {localize(chosen.pavilion.name, lang)} · {t(`booth.kind_${chosen.booth.kind}`)}
          </span>
        </p>
      ) : (
        <p id="invite-booth-hint" className="hint">
          {t('organiser.form.boothHint')}
        </p>
      )}
      <FieldErrorMessage id="invite-booth-error" error={error} />
    </div>
  );
}
