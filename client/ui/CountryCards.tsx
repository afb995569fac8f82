import { useTranslation } from 'react-i18next';
import type { Catalogue } from '../../shared/catalogue.ts';
import type { CountryId } from '../../shared/countries.ts';
import { localize, type Lang } from '../../shared/languages.ts';
import { Flag } from './Flag.tsx';

export interface CountryCardsProps {
  catalogue: Catalogue;
  /** The radio group's name. */
  name: string;
  value: string | null;
  onChange(country: CountryId): void;
}

/** The pavilions' countries as radio flag cards: member states, then observers. */
export function CountryCards({ catalogue, name, value, onChange }: CountryCardsProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage as Lang;
  const groups = [
    { title: t('landing.memberStates'), pavilions: catalogue.pavilions.filter((p) => !p.observer) },
    { title: t('landing.observers'), pavilions: catalogue.pavilions.filter((p) => p.observer) },
  ];
  return groups.map((group) => (
    <div key={group.title} className="country-group">
      <div className="country-group-title">{group.title}</div>
      <div className="country-grid">
        {group.pavilions.map((p) => (
          <label
            key={p.id}
            className={value === p.country ? 'choice-card country-card selected' : 'choice-card country-card'}
          >
            <input
              type="radio"
              name={name}
              value={p.country}
              checked={value === p.country}
              onChange={() => onChange(p.country)}
            />
            <Flag country={p.country} />
            <span>{localize(p.name, lang)}</span>
          </label>
        ))}
      </div>
    </div>
  ));
}
