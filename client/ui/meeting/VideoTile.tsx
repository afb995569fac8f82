import { useTranslation } from 'react-i18next';
import { LANGUAGE_NAMES } from '../../../shared/languages.ts';
import { Flag } from '../Flag.tsx';
import { MicIcon } from '../stage/stageIcons.tsx';
import { VerifiedIcon } from './meetingIcons.tsx';
import { TrackVideo } from './TrackVideo.tsx';
import type { Tile } from './useTiles.ts';

/** Two letters for a tile without a picture: "Aliya Speaker" → "AS". */
function initials(name: string): string {
  const words = name.trim().split(/\s+/u).filter(Boolean);
  return words
    .slice(0, 2)
    .map((word) => [...word][0]!.toLocaleUpperCase())
    .join('');
}

/** One person: their camera or their initials, name, flag, the verified mark, a muted microphone, and a gold ring while they speak. */
export function VideoTile({ tile }: { tile: Tile }) {
  const { t } = useTranslation();
  const name = tile.local ? t('meeting.you', { name: tile.name }) : tile.name;
  return (
    <li
      className="mtg-tile"
      data-speaking={tile.speaking}
      data-floor={tile.hasFloor}
      data-away={tile.away}
      data-identity={tile.id}
      aria-label={name}
    >
      {tile.camera ? (
        <TrackVideo trackKey={tile.camera} mirrored={tile.local} label={t('meeting.cameraOf', { name: tile.name })} />
      ) : (
        <div className="mtg-tile-empty" aria-hidden="true">
          <span className="mtg-avatar">{initials(tile.name)}</span>
        </div>
      )}
      {!tile.away && (tile.hasFloor || tile.interprets) && (
        <span className="mtg-tile-tag" data-kind={tile.hasFloor ? 'floor' : 'interpreter'}>
          {tile.hasFloor
            ? t('meeting.hasFloor')
            : t('meeting.interpreting', { language: LANGUAGE_NAMES[tile.interprets!] })}
        </span>
      )}
      <div className="mtg-tile-name">
        {tile.country && <Flag country={tile.country} size={14} />}
        <span className="mtg-tile-label">{name}</span>
        {tile.verified && (
          <span className="mtg-verified-mark" title={t('meeting.verified')}>
            <VerifiedIcon />
            <span className="visually-hidden">{t('meeting.verified')}</span>
          </span>
        )}
        {tile.chair && <span className="mtg-chair-tag">{t('meeting.chair')}</span>}
      </div>
      {tile.micMuted && (
        <span className="mtg-tile-muted" title={t('meeting.micMuted')}>
          <MicIcon off />
          <span className="visually-hidden">{t('meeting.micMuted')}</span>
        </span>
      )}
      {tile.away && <span className="mtg-tile-away">{t('meeting.away')}</span>}
    </li>
  );
}
