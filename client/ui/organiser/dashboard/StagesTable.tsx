import { useTranslation } from 'react-i18next';
import type { StageNow } from '../../../../shared/dashboard.ts';
import { DataTable } from '../../exhibitor/DataTable.tsx';
import { Flag } from '../../Flag.tsx';
import { usePlaceName } from '../../usePlaceName.ts';
import { useFigures } from './useFigures.ts';

/** Each stage now: its audience, the slot on, and raised hands. */
export function StagesTable({ stages }: { stages: StageNow[] }) {
  const { t } = useTranslation();
  const place = usePlaceName();
  const { number, time } = useFigures();
  const columns = {
    stage: t('eventData.dashboard.stage'),
    audience: t('eventData.dashboard.audience'),
    onNow: t('eventData.dashboard.onNow'),
    hands: t('eventData.dashboard.hands'),
  };
  return (
    <DataTable caption={t('eventData.dashboard.stagesCaption')} columns={columns} className="ed-table">
      {stages.map((stage) => (
        <tr key={stage.pavilionId} role="row" data-stage={stage.pavilionId}>
          <th scope="row" role="rowheader" data-label={columns.stage}>
            <span className="ed-place">
              <Flag country={stage.pavilionId} size={16} />
              {place({ kind: 'pavilion', id: stage.pavilionId })}
            </span>
          </th>
          <td role="cell" data-label={columns.audience} className="ed-count">
            {number(stage.audience)}
          </td>
          <td role="cell" data-label={columns.onNow}>
            {stage.onNow ? (
              <span className="ed-slot">
                <span className="ed-slot-title">{stage.onNow.title}</span>
                <span className="hint">
                  {t('eventData.dashboard.slotBy', {
                    speaker: stage.onNow.speakerName,
                    until: time(stage.onNow.endsAt),
                  })}
                </span>
              </span>
            ) : (
              <span className="exh-muted">{t('eventData.dashboard.nothingOn')}</span>
            )}
          </td>
          <td role="cell" data-label={columns.hands} className="ed-count">
            {number(stage.handsRaised)}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
