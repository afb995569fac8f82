import { useEffect, useRef, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { gridLayout } from './gridLayout.ts';
import { TrackVideo } from './TrackVideo.tsx';
import { useTiles } from './useTiles.ts';
import { VideoTile } from './VideoTile.tsx';

/** The size of an element, kept up to date. */
function useSize(ref: React.RefObject<HTMLElement | null>): { width: number; height: number } {
  const [size, setSize] = useState({ width: 0, height: 0 });
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setSize({ width: entry.contentRect.width, height: entry.contentRect.height });
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}

/**
 * Everyone's tiles, as large as the space allows. A shared screen takes the stage, the tiles
 * line up beside it (below it on a phone).
 */
export function VideoGrid() {
  const { t } = useTranslation();
  const tiles = useTiles();
  const area = useRef<HTMLDivElement>(null);
  const { width, height } = useSize(area);
  const sharing = tiles.find((tile) => tile.screen);
  const layout = gridLayout(tiles.length, width, height);
  const style = {
    '--mtg-columns': layout.columns,
    '--mtg-tile-width': `${Math.floor(layout.tileWidth)}px`,
  } as CSSProperties;
  return (
    <div ref={area} className="mtg-grid-area" data-sharing={!!sharing}>
      {sharing?.screen && (
        <figure className="mtg-screen" aria-label={t('meeting.sharingScreen', { name: sharing.name })}>
          <TrackVideo
            trackKey={sharing.screen}
            fit="contain"
            label={t('meeting.sharingScreen', { name: sharing.name })}
          />
          <figcaption className="mtg-screen-caption">{t('meeting.sharingScreen', { name: sharing.name })}</figcaption>
        </figure>
      )}
      <ul className="mtg-grid" style={sharing ? undefined : style} aria-label={t('meeting.gridLabel')}>
        {tiles.map((tile) => (
          <VideoTile key={tile.id} tile={tile} />
        ))}
      </ul>
    </div>
  );
}
