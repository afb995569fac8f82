import { useTranslation } from 'react-i18next';
import type { Booth } from '../../../shared/booths.ts';
import { localize, type Lang } from '../../../shared/languages.ts';
import { useUi } from '../../state/ui.ts';
import { BOOTH_CARD_ID } from '../booth/BoothCard.tsx';
import { useWorld } from '../../state/world.ts';

/** One booth as a card in the 2D pavilion: logo or monogram, name, tagline, whether its staff are here. */
export function FlatBooth({ booth, color, onOpen }: { booth: Booth; color: string; onOpen(): void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage as Lang;
  const staff = useWorld((s) => s.staff[booth.id] ?? 0);
  const open = useUi((s) => s.openBoothId === booth.id);
  const name = localize(booth.content.name, lang);
  return (
    <button
      type="button"
      className="flat-booth"
      data-booth={booth.id}
      aria-expanded={open}
      aria-controls={open ? BOOTH_CARD_ID : undefined}
      onClick={onOpen}
    >
      {booth.logoUrl ? (
        <img className="flat-booth-logo" src={booth.logoUrl} alt="" />
      ) : (
        <span className="flat-booth-logo monogram" style={{ background: color }} aria-hidden="true">
          {name.slice(0, 1)}
        </span>
      )}
      <span className="flat-booth-text">
        <span className="flat-booth-kind">
          {t(`booth.kind_${booth.kind}`)}
          {booth.sample && <span className="tag sample">{t('booth.sample')}</span>}
        </span>
        <span className="flat-booth-name">{name}</span>
        <span className="flat-booth-tagline">{localize(booth.content.tagline, lang)}</span>
        <span className={staff > 0 ? 'staff online' : 'staff'}>
          {staff > 0 ? t('flat.staffOnline', { count: staff }) : t('flat.noStaff')}
        </span>
      </span>
    </button>
  );
}
