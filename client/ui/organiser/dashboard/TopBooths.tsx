import { useTranslation } from 'react-i18next';
import type { BoothFigure } from '../../../../shared/dashboard.ts';
import { useFigures } from './useFigures.ts';

/** A short ranked list of booths by one figure (leads or visits). */
export function TopBooths({ id, title, booths }: { id: string; title: string; booths: BoothFigure[] }) {
  const { t } = useTranslation();
  const { number, boothName } = useFigures();
  const most = Math.max(1, ...booths.map((b) => b.count));
  return (
    <div className="ed-top" aria-labelledby={`${id}-title`} role="group">
      <h3 id={`${id}-title`}>{title}</h3>
      {booths.length === 0 ? (
        <p className="hint">{t('eventData.dashboard.noneYet')}</p>
      ) : (
        <ol className="ed-top-list">
          {booths.map((booth) => (
            <li key={booth.boothId}>
              <span className="ed-top-name">{boothName(booth.boothId)}</span>
              <span className="ed-top-count">{number(booth.count)}</span>
              <span
                className="ed-top-bar"
                aria-hidden="true"
                style={{ inlineSize: `${(booth.count / most) * 100}%` }}
              />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
