import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localize, type Lang } from '../../../shared/languages.ts';
import { useSession } from '../../state/session.ts';
import { useUi } from '../../state/ui.ts';
import { useWorld } from '../../state/world.ts';
import { LeadForm } from './LeadForm.tsx';

/** The card's id, for the buttons that open it to point at it (aria-controls). */
export const BOOTH_CARD_ID = 'booth-card';

/** The open booth's card in the visitor's language: who they are, their team and links, and "leave my card". */
export function BoothCard() {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage as Lang;
  const openBoothId = useUi((s) => s.openBoothId);
  const closeBooth = useUi((s) => s.closeBooth);
  const catalogue = useSession((s) => s.catalogue);
  const staff = useWorld((s) => (openBoothId ? (s.staff[openBoothId] ?? 0) : 0));
  const [leaving, setLeaving] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const pavilion = catalogue?.pavilions.find((p) => p.booths.some((b) => b.id === openBoothId));
  const booth = pavilion?.booths.find((b) => b.id === openBoothId);

  useEffect(() => {
    setLeaving(false);
    heading.current?.focus();
  }, [openBoothId]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && closeBooth();
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, [closeBooth]);

  if (!booth || !pavilion) return null;
  const name = localize(booth.content.name, lang);
  return (
    <aside id={BOOTH_CARD_ID} className="panel booth-card" aria-labelledby="booth-card-title" data-booth={booth.id}>
      <div className="booth-card-header" style={{ borderColor: pavilion.colors.primary }}>
        {booth.logoUrl ? (
          <img className="booth-logo" src={booth.logoUrl} alt="" />
        ) : (
          <div className="booth-logo monogram" style={{ background: pavilion.colors.primary }} aria-hidden="true">
            {name.slice(0, 1)}
          </div>
        )}
        <div className="booth-card-titles">
          <div className="booth-kind">
            {t(`booth.kind_${booth.kind}`)}
            {booth.sample && <span className="tag sample">{t('booth.sample')}</span>}
          </div>
          <h2 id="booth-card-title" tabIndex={-1} ref={heading}>
            {name}
          </h2>
          <p className={staff > 0 ? 'staff online' : 'staff'}>
            {staff > 0 ? t('booth.staffOnline') : t('booth.staffOffline')}
          </p>
        </div>
        <button type="button" className="ghost small" onClick={closeBooth} aria-label={t('booth.close')}>
          ✕
        </button>
      </div>
      <div className="booth-card-body">
        <p className="booth-tagline">{localize(booth.content.tagline, lang)}</p>
        <p className="booth-description">{localize(booth.content.description, lang)}</p>
        {booth.content.team.length > 0 && (
          <section>
            <h3>{t('booth.team')}</h3>
            <ul className="booth-team">
              {booth.content.team.map((member) => (
                <li key={member.name}>
                  <strong>{member.name}</strong> · {localize(member.role, lang)}
                </li>
              ))}
            </ul>
          </section>
        )}
        {(booth.content.links.length > 0 || booth.content.videoUrl || booth.brochureUrl) && (
          <section>
            <h3>{t('booth.links')}</h3>
            <ul className="booth-links">
              {booth.content.links.map((link) => (
                <li key={link.url}>
                  <a href={link.url} target="_blank" rel="noopener noreferrer">
                    {link.label}
                  </a>
                </li>
              ))}
              {booth.content.videoUrl && (
                <li>
                  <a href={booth.content.videoUrl} target="_blank" rel="noopener noreferrer">
                    {t('booth.video')}
                  </a>
                </li>
              )}
              {booth.brochureUrl && (
                <li>
                  <a href={booth.brochureUrl} download>
                    {t('booth.brochure')}
                  </a>
                </li>
              )}
            </ul>
          </section>
        )}
        {leaving ? (
          <LeadForm boothId={booth.id} boothName={name} />
        ) : (
          <button type="button" className="primary" onClick={() => setLeaving(true)}>
            {t('booth.leaveCard')}
          </button>
        )}
      </div>
    </aside>
  );
}
