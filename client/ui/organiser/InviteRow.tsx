import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InviteSummary } from '../../../shared/invites.ts';
import { revokeInvite } from '../../net/invites.ts';
import { formatNumber } from '../exhibitor/formatters.ts';
import { BoundTo } from './BoundTo.tsx';
import { DateTime } from './DateTime.tsx';
import type { InviteStatus } from './inviteStatus.ts';
import { RevokeControl } from './RevokeControl.tsx';

export type InviteColumns = Record<'role' | 'scope' | 'note' | 'uses' | 'expires' | 'status' | 'actions', string>;

export interface InviteRowProps {
  invite: InviteSummary;
  status: InviteStatus;
  columns: InviteColumns;
  onRevoked(invite: InviteSummary): void;
}

/** One invitation; an active one can be revoked. */
export function InviteRow({ invite, status: listed, columns, onRevoked }: InviteRowProps) {
  const { t, i18n } = useTranslation();
  const uiLang = i18n.resolvedLanguage ?? 'en';
  // Shown as revoked as soon as the server says so, before the list has been read again.
  const [revokedHere, setRevokedHere] = useState(false);
  const status = revokedHere ? 'revoked' : listed;
  const statusLabel = useRef<HTMLSpanElement>(null);

  // The buttons that had focus are gone once the link is revoked: focus moves to its new status.
  useEffect(() => {
    if (revokedHere) statusLabel.current?.focus();
  }, [revokedHere]);

  async function revoke() {
    const revoked = await revokeInvite(invite.id);
    setRevokedHere(true);
    onRevoked(revoked);
  }

  const max = invite.maxUses === null ? t('organiser.invites.unlimited') : formatNumber(uiLang, invite.maxUses);

  return (
    <tr role="row" data-status={status}>
      <th scope="row" role="rowheader" data-label={columns.role} className="org-wide">
        {t(`roles.${invite.role}`, { defaultValue: invite.role })}
        <span className="org-created-at">
          {t('organiser.table.createdAt')} <DateTime at={invite.createdAt} />
        </span>
      </th>
      <td role="cell" data-label={columns.scope}>
        <BoundTo role={invite.role} scope={invite.scope} />
      </td>
      <td role="cell" data-label={columns.note} className="org-note org-wide">
        {invite.note || <span className="exh-muted">—</span>}
      </td>
      <td role="cell" data-label={columns.uses} className="exh-nowrap org-uses">
        {formatNumber(uiLang, invite.uses)} / {max}
      </td>
      <td role="cell" data-label={columns.expires} className="org-when">
        {invite.expiresAt ? <DateTime at={invite.expiresAt} /> : t('organiser.invites.never')}
      </td>
      <td role="cell" data-label={columns.status}>
        <span ref={statusLabel} className="org-status" data-status={status} tabIndex={-1}>
          {t(`organiser.status.${status}`)}
        </span>
      </td>
      <td role="cell" className="org-actions org-wide">
        {status === 'active' && <RevokeControl id={invite.id} onRevoke={revoke} />}
      </td>
    </tr>
  );
}
