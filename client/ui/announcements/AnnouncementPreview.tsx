import { useTranslation } from 'react-i18next';
import { LANGUAGE_NAMES, type Lang } from '../../../shared/languages.ts';
import type { AnnouncementTextDraft } from './announcementDraft.ts';
import { MegaphoneIcon } from './MegaphoneIcon.tsx';

/** The banner as visitors with the language of the open tab will see it (English where that language is blank). */
export function AnnouncementPreview({ text, lang }: { text: AnnouncementTextDraft; lang: Lang }) {
  const { t } = useTranslation();
  const written = text[lang].trim() ? lang : 'en';
  const line = text[written].trim();
  return (
    <figure className="announce-preview">
      <figcaption className="hint">
        {t('announcements.console.previewFor', { language: LANGUAGE_NAMES[lang] })}
      </figcaption>
      <div className="announce-preview-stage">
        {line ? (
          <div className="announcement">
            <MegaphoneIcon />
            <p className="announcement-text">
              <span className="announcement-label" lang={lang}>
                {t('announcements.banner.label', { lng: lang })}
              </span>{' '}
              <span lang={written}>{line}</span>
            </p>
          </div>
        ) : (
          <p className="announce-preview-empty">{t('announcements.console.previewEmpty')}</p>
        )}
      </div>
    </figure>
  );
}
