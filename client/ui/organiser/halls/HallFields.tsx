import { useTranslation } from 'react-i18next';
import { COUNTRY_IDS, type CountryId } from '../../../../shared/countries.ts';
import { HALL_LIMITS } from '../../../../shared/halls.ts';
import { useCountryName } from '../../useCountryName.ts';
import type { HallDraft } from './hallDraft.ts';

/** The three fields of a hall, for the new-hall form and a hall being edited (ids kept apart by `prefix`). */
export function HallFields({
  prefix,
  draft,
  onChange,
}: {
  prefix: string;
  draft: HallDraft;
  onChange(patch: Partial<HallDraft>): void;
}) {
  const { t } = useTranslation();
  const countryName = useCountryName();
  return (
    <div className="ed-hall-fields">
      <div className="field">
        <label htmlFor={`${prefix}-name`}>{t('eventData.halls.name')}</label>
        <input
          id={`${prefix}-name`}
          type="text"
          required
          maxLength={HALL_LIMITS.nameLength}
          value={draft.name}
          onChange={(e) => onChange({ name: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${prefix}-country`}>{t('eventData.halls.country')}</label>
        <select id={`${prefix}-country`} value={draft.country} onChange={(e) => onChange({ country: e.target.value })}>
          {COUNTRY_IDS.map((id: CountryId) => (
            <option key={id} value={id}>
              {countryName(id)}
            </option>
          ))}
        </select>
      </div>
      <div className="field ed-seats">
        <label htmlFor={`${prefix}-seats`}>{t('eventData.halls.seats')}</label>
        <input
          id={`${prefix}-seats`}
          type="number"
          inputMode="numeric"
          min={1}
          max={HALL_LIMITS.maxSeats}
          required
          value={draft.seats}
          onChange={(e) => onChange({ seats: e.target.value })}
        />
      </div>
    </div>
  );
}
