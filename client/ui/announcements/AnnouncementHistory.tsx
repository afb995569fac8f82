import { useTranslation } from 'react-i18next';
import { announcementLine, isShowing, type Announcement } from '../../../shared/announcements.ts';
import { LANGUAGE_NAMES, LANGUAGES, type Lang } from '../../../shared/languages.ts';
import { endAnnouncement } from '../../net/announcements.ts';
import { ConfirmControl } from '../ConfirmControl.tsx';
import { DataTable } from '../exhibitor/DataTable.tsx';
import { DateTime } from '../organiser/DateTime.tsx';

/** Recent announcements, newest first: what they said, who sent them, and whether they still show; the one showing can be ended. */
export function AnnouncementHistory({ items, onEnded }: { items: readonly Announcement[]; onEnded(): void }) {
  const { t, i18n } = useTranslation();
  const lang = (i18n.resolvedLanguage ?? 'en') as Lang;
  const columns = {
    at: t('announcements.console.startedAt'),
    text: t('announcements.console.text'),
    by: t('announcements.console.by'),
    status: t('announcements.console.status'),
    actions: t('announcements.console.actions'),
  };
  const endLabels = {
    button: t('announcements.console.end'),
    question: t('announcements.console.endQuestion'),
    confirm: t('announcements.console.endConfirm'),
    working: t('announcements.console.ending'),
    keep: t('announcements.console.keep'),
  };
  return (
    <DataTable
      caption={t('announcements.console.caption')}
      columns={columns}
      unlabelledColumn="actions"
      className="org-table announce-table"
    >
      {items.map((item) => {
        const showing = isShowing(item);
        const others = LANGUAGES.filter((l) => l !== 'en' && item.text[l]).map((l) => LANGUAGE_NAMES[l]);
        return (
          <tr key={item.id} role="row" data-showing={showing}>
            <td role="cell" data-label={columns.at} className="org-when">
              <DateTime at={item.startedAt} />
            </td>
            <th scope="row" role="rowheader" data-label={columns.text} className="org-note org-wide">
              <span lang={item.text[lang] ? lang : 'en'}>{announcementLine(item, lang)}</span>
              {others.length > 0 && (
                <span className="announce-langs">
                  {t('announcements.console.alsoIn', { languages: others.join(', ') })}
                </span>
              )}
            </th>
            <td role="cell" data-label={columns.by}>
              {item.byName}
            </td>
            <td role="cell" data-label={columns.status} className="org-when">
              <Status item={item} showing={showing} />
            </td>
            <td role="cell" data-label={columns.actions}>
              {showing && (
                <ConfirmControl
                  id={`end-${item.id}`}
                  labels={endLabels}
                  onConfirm={() => endAnnouncement(item.id).then(onEnded)}
                />
              )}
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}

function Status({ item, showing }: { item: Announcement; showing: boolean }) {
  const { t } = useTranslation();
  if (showing) {
    return (
      <span className="org-status" data-status="active">
        {t('announcements.console.showing')}
        {item.endsAt && (
          <>
            {' · '}
            {t('announcements.console.until')} <DateTime at={item.endsAt} />
          </>
        )}
      </span>
    );
  }
  const at = item.endedAt ?? item.endsAt;
  return (
    <span className="org-status" data-status="expired">
      {item.endedAt ? t('announcements.console.ended') : t('announcements.console.ranOut')}
      {at && (
        <>
          {' '}
          <DateTime at={at} />
        </>
      )}
    </span>
  );
}
