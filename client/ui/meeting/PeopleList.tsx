import { useTranslation } from 'react-i18next';
import { LANGUAGE_NAMES } from '../../../shared/languages.ts';
import { muteTrack, removeAttendee } from '../../net/meetingRoom.ts';
import { Flag } from '../Flag.tsx';
import { ReportButton } from '../people/ReportButton.tsx';
import { MicIcon } from '../stage/stageIcons.tsx';
import { VerifiedIcon } from './meetingIcons.tsx';
import { useTiles } from './useTiles.ts';

/** Everyone in the meeting; the chair mutes a microphone or removes someone from here. */
export function PeopleList({ chair }: { chair: boolean }) {
  const { t } = useTranslation();
  const tiles = useTiles();
  return (
    <section className="mtg-panel-section" aria-labelledby="mtg-people-heading">
      <h2 id="mtg-people-heading">
        {t('meeting.panel.people')}
        <span className="mtg-count">{tiles.length}</span>
      </h2>
      <ul className="mtg-list">
        {tiles.map((tile) => (
          <li key={tile.id} className="mtg-person" data-identity={tile.id}>
            {tile.country && <Flag country={tile.country} size={16} />}
            <span className="mtg-person-name">
              {tile.local ? t('meeting.you', { name: tile.name }) : tile.name}
              {tile.verified && (
                <span className="mtg-verified-mark" title={t('meeting.verified')}>
                  <VerifiedIcon />
                  <span className="visually-hidden">{t('meeting.verified')}</span>
                </span>
              )}
            </span>
            {tile.chair && <span className="mtg-chair-tag">{t('meeting.chair')}</span>}
            {tile.interprets && <span className="mtg-lang-tag">{LANGUAGE_NAMES[tile.interprets]}</span>}
            <span
              className="mtg-person-mic"
              data-muted={tile.micMuted}
              title={tile.micMuted ? t('meeting.micMuted') : t('meeting.micLive')}
            >
              <MicIcon off={tile.micMuted} />
            </span>
            {!tile.local && <ReportButton person={{ id: tile.id, name: tile.name }} />}
            {chair && !tile.local && (
              <span className="mtg-person-actions">
                {tile.micSid && !tile.micMuted && (
                  <button
                    type="button"
                    className="mtg-small-button"
                    onClick={() => muteTrack(tile.id, tile.micSid!)}
                    aria-label={t('meeting.people.muteName', { name: tile.name })}
                  >
                    {t('meeting.people.mute')}
                  </button>
                )}
                <button
                  type="button"
                  className="mtg-small-button mtg-danger"
                  onClick={() => removeAttendee(tile.id)}
                  aria-label={t('meeting.people.removeName', { name: tile.name })}
                >
                  {t('meeting.people.remove')}
                </button>
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
