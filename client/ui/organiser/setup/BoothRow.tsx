import { useTranslation } from 'react-i18next';
import type { Booth } from '../../../../shared/booths.ts';
import { localize, type Lang } from '../../../../shared/languages.ts';
import { deleteBooth } from '../../../net/eventSetup.ts';
import { PATHS, useRoute } from '../../../state/route.ts';
import { ConfirmControl } from '../../ConfirmControl.tsx';
import { PICKED_KEY } from '../../exhibitor/ExhibitorPage.tsx';
import { BoothInviteAction } from './BoothInviteAction.tsx';

export type BoothColumns = Record<'booth' | 'kind' | 'actions', string>;

/** One booth: its name and kind, an invitation for its exhibitor, its dashboard, and removal after a question. */
export function BoothRow({
  booth,
  columns,
  onDeleted,
}: {
  booth: Booth;
  columns: BoothColumns;
  onDeleted(name: string): void;
}) {
  const { t, i18n } = useTranslation();
  const name = localize(booth.content.name, i18n.resolvedLanguage as Lang);

  const openDashboard = () => {
    sessionStorage.setItem(PICKED_KEY, booth.id);
    useRoute.getState().navigate(PATHS.exhibitor);
  };

  const labels = {
    button: t('setup.booths.delete'),
    question: t('setup.booths.deleteQuestion', { name }),
    confirm: t('setup.booths.deleteConfirm'),
    working: t('setup.booths.deleting'),
    keep: t('setup.booths.keep'),
  };

  return (
    <tr role="row">
      <th scope="row" role="rowheader" data-label={columns.booth}>
        <span className="setup-booth-name">{name}</span>
        <span className="setup-booth-id">{booth.id}</span>
      </th>
      <td role="cell" data-label={columns.kind}>
        {t(`booth.kind_${booth.kind}`)}
      </td>
      <td role="cell" className="setup-actions">
        <BoothInviteAction boothId={booth.id} boothName={name} />
        <button type="button" className="ghost small" onClick={openDashboard}>
          {t('setup.booths.dashboard')}
        </button>
        <ConfirmControl
          id={`delete-${booth.id}`}
          labels={labels}
          onConfirm={async () => {
            await deleteBooth(booth.id);
            onDeleted(name);
          }}
        />
      </td>
    </tr>
  );
}
