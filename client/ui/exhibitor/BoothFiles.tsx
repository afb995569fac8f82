import { useTranslation } from 'react-i18next';
import type { Booth } from '../../../shared/booths.ts';
import { localize, type Lang } from '../../../shared/languages.ts';
import { FileUpload } from './FileUpload.tsx';

/** The booth's logo (with a preview) and its PDF brochure. */
export function BoothFiles({ booth, onUploaded }: { booth: Booth; onUploaded(booth: Booth): void }) {
  const { t, i18n } = useTranslation();
  const name = localize(booth.content.name, i18n.resolvedLanguage as Lang);
  const upload = { boothId: booth.id, onUploaded };
  return (
    <div className="exh-files">
      <div className="exh-card-head">
        <div>
          <h2 id="files-title">{t('exhibitor.files.title')}</h2>
          <p className="hint">{t('exhibitor.files.intro')}</p>
        </div>
      </div>
      <FileUpload
        {...upload}
        kind="logo"
        title={t('exhibitor.files.logo')}
        current={
          <div className="exh-logo-preview">
            {booth.logoUrl ? (
              <img src={booth.logoUrl} alt={t('exhibitor.files.logoAlt', { booth: name })} />
            ) : (
              <span className="exh-logo-empty">{t('exhibitor.files.noLogo')}</span>
            )}
          </div>
        }
      />
      <FileUpload
        {...upload}
        kind="brochure"
        title={t('exhibitor.files.brochure')}
        current={
          booth.brochureUrl ? (
            <a className="exh-brochure-link" href={booth.brochureUrl} download>
              <span className="exh-pdf-icon" aria-hidden="true">
                PDF
              </span>
              {t('exhibitor.files.downloadBrochure')}
            </a>
          ) : (
            <p className="exh-empty-line">{t('exhibitor.files.noBrochure')}</p>
          )
        }
      />
    </div>
  );
}
