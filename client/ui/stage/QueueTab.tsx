import { useTranslation } from 'react-i18next';
import { useMedia } from '../../state/media.ts';
import { useStage } from '../../state/stage.ts';
import { useWorld } from '../../state/world.ts';
import { HandRow } from './HandRow.tsx';
import { OnStageRow, type OnStageRowProps } from './OnStageRow.tsx';

/** Organisers: the raised hands in the order they went up, and everyone who may speak or is publishing. */
export function QueueTab() {
  const { t } = useTranslation();
  const hands = useStage((s) => s.hands);
  const promoted = useStage((s) => s.promoted);
  const names = useStage((s) => s.names);
  const roster = useWorld((s) => s.roster);
  const publishers = useMedia((s) => s.publishers);

  const nameOf = (id: string) =>
    publishers.find((p) => p.identity === id)?.name ||
    Object.values(roster).find((r) => r.id === id)?.name ||
    names[id] ||
    t('stage.someone');
  const onStage: OnStageRowProps[] = [
    ...publishers
      .filter((p) => !p.local)
      .map((p) => ({
        userId: p.identity,
        name: p.name || nameOf(p.identity),
        promoted: promoted.includes(p.identity),
        speaking: p.speaking,
        tracks: p.tracks,
      })),
    ...promoted
      .filter((id) => !publishers.some((p) => p.identity === id))
      .map((id) => ({ userId: id, name: nameOf(id), promoted: true, speaking: false, tracks: [] })),
  ];
  const queue = [...hands].sort((a, b) => a.at.localeCompare(b.at));

  return (
    <div className="stage-tab-body">
      <section aria-labelledby="stage-hands-title">
        <h3 id="stage-hands-title" className="stage-section-title">
          {t('stage.queue.hands')} <span className="stage-count-pill">{queue.length}</span>
        </h3>
        {queue.length === 0 ? (
          <p className="stage-empty">{t('stage.queue.noHands')}</p>
        ) : (
          <ol className="stage-people">
            {queue.map((hand) => (
              <HandRow key={hand.userId} hand={hand} />
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="stage-on-title">
        <h3 id="stage-on-title" className="stage-section-title">
          {t('stage.queue.onStage')} <span className="stage-count-pill">{onStage.length}</span>
        </h3>
        {onStage.length === 0 ? (
          <p className="stage-empty">{t('stage.queue.nobodyOnStage')}</p>
        ) : (
          <ul className="stage-people">
            {onStage.map((row) => (
              <OnStageRow key={row.userId} {...row} />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
