import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { announcementLine, type Announcement } from '../../../shared/announcements.ts';
import type { Lang } from '../../../shared/languages.ts';
import { useAnnouncement, useShownAnnouncement } from '../../state/announcement.ts';
import { MegaphoneIcon } from './MegaphoneIcon.tsx';
import { useReservedHeight, useTopBarHeight } from './useReservedHeight.ts';
import './announcements.css';

/**
 * The organisers' announcement across the top of the expo, the 2D view and the meeting room:
 * in the visitor's language, or in English where it was not written in theirs. Each visitor
 * may put it away; a new announcement shows again.
 */
export function AnnouncementBanner({ place = 'expo' }: { place?: 'expo' | 'meeting' }) {
  const shown = useShownAnnouncement();
  useTopBarHeight(place === 'expo' && shown !== null);
  // The live region stays in the page, so that a new announcement is read out when it arrives.
  return (
    <div className="announcement-region" data-place={place} role="status" aria-live="polite">
      {shown && <Banner announcement={shown} />}
    </div>
  );
}

function Banner({ announcement }: { announcement: Announcement }) {
  const { t, i18n } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useReservedHeight(ref);
  const lang = (i18n.resolvedLanguage ?? 'en') as Lang;
  const written = announcement.text[lang] ? lang : 'en';
  return (
    <div ref={ref} className="announcement" data-testid="announcement">
      <MegaphoneIcon />
      <p className="announcement-text">
        <span className="announcement-label">{t('announcements.banner.label')}</span>{' '}
        <span lang={written}>{announcementLine(announcement, lang)}</span>
      </p>
      <button
        type="button"
        className="announcement-dismiss"
        onClick={() => useAnnouncement.getState().dismiss(announcement.id)}
        aria-label={t('announcements.banner.dismiss')}
        title={t('announcements.banner.dismiss')}
      >
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
