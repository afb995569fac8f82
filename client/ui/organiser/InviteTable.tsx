import { useTranslation } from 'react-i18next';
import type { InviteSummary } from '../../../shared/invites.ts';
import { DataTable } from '../exhibitor/DataTable.tsx';
import { LoadedList } from '../exhibitor/LoadedList.tsx';
import { InviteRow, type InviteColumns } from './InviteRow.tsx';
import { inviteStatus } from './inviteStatus.ts';
import type { Remote } from './useRemote.ts';

/** Every invitation, newest first, with its uses, expiry and status; loading, empty and failed states said in words. */
export function InviteTable({ remote, onRevoked }: { remote: Remote<InviteSummary[]>; onRevoked(): void }) {
  const { t } = useTranslation();
  const { state, data, failure, updatedAt, reload } = remote;
  // Statuses as of the last load, so a row does not change under the reader between refreshes.
  const now = updatedAt?.getTime() ?? 0;
  const columns: InviteColumns = {
    role: t('organiser.table.role'),
    scope: t('organiser.table.scope'),
    note: t('organiser.table.note'),
    uses: t('organiser.table.uses'),
    expires: t('organiser.table.expires'),
    status: t('organiser.table.status'),
    actions: t('organiser.table.actions'),
  };

  return (
    <LoadedList state={state} items={data} failure={failure} onRetry={reload} textKeys="organiser.invites">
      {(invites) => (
        <DataTable
          caption={t('organiser.invites.caption')}
          columns={columns}
          unlabelledColumn="actions"
          className="org-table"
        >
          {invites.map((invite) => (
            <InviteRow
              key={invite.id}
              invite={invite}
              status={inviteStatus(invite, now)}
              columns={columns}
              onRevoked={onRevoked}
            />
          ))}
        </DataTable>
      )}
    </LoadedList>
  );
}
