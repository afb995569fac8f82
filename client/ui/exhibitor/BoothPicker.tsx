import { useTranslation } from 'react-i18next';
import type { Catalogue } from '../../../shared/catalogue.ts';
import { localize, type Lang } from '../../../shared/languages.ts';
import { Flag } from '../Flag.tsx';

/** For organisers, who look after every booth: all booths by pavilion, one click to open a dashboard. */
export function BoothPicker({ catalogue, onPick }: { catalogue: Catalogue; onPick(boothId: string): void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage as Lang;
  const pavilions = catalogue.pavilions.filter((p) => p.booths.length > 0);
  return (
    <section className="exh-card" aria-labelledby="picker-title">
      <div className="exh-card-head">
        <div>
          <h2 id="picker-title">{t('exhibitor.picker.title')}</h2>
          <p className="hint">{t('exhibitor.picker.intro')}</p>
        </div>
      </div>
      {pavilions.length === 0 && (
        <div className="exh-empty">
          <p className="exh-empty-title">{t('exhibitor.picker.empty')}</p>
        </div>
      )}
      {pavilions.map((pavilion) => (
        <div key={pavilion.id} className="exh-picker-group">
          <h3 id={`picker-${pavilion.id}`} className="exh-picker-pavilion">
            <Flag country={pavilion.country} size={18} />
            {localize(pavilion.name, lang)}
          </h3>
          <ul className="exh-picker-list" aria-labelledby={`picker-${pavilion.id}`}>
            {pavilion.booths.map((booth) => (
              <li key={booth.id}>
                <button type="button" className="exh-picker-item" onClick={() => onPick(booth.id)}>
                  <span className="exh-picker-name">{localize(booth.content.name, lang)}</span>
                  <span className="exh-picker-meta">
                    {t(`booth.kind_${booth.kind}`)}
                    {booth.sample && ` · ${t('booth.sample')}`}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
