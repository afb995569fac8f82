import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalogue } from '../../../shared/catalogue.ts';
import type { InviteCreated } from '../../../shared/invites.ts';
import { fetchInvites } from '../../net/invites.ts';
import { CreatedLink } from './CreatedLink.tsx';
import { InviteForm } from './InviteForm.tsx';
import { InviteTable } from './InviteTable.tsx';
import { RefreshButton } from './RefreshButton.tsx';
import { useRemote } from './useRemote.ts';

/** Making invitation links, and the list of those already made; the list is read again after every change. */
export function InviteSections({ catalogue }: { catalogue: Catalogue }) {
  const { t } = useTranslation();
  const invites = useRemote(fetchInvites);
  const [created, setCreated] = useState<InviteCreated | null>(null);
  const [announcement, setAnnouncement] = useState('');

  const onCreated = (answer: InviteCreated) => {
    setCreated(answer);
    invites.reload();
  };
  const onRevoked = () => {
    setAnnouncement(t('organiser.revoke.done'));
    invites.reload();
  };

  return (
    <>
      <section id="new-invite" className="exh-card org-new" aria-labelledby="new-invite-title">
        <div className="exh-card-head">
          <div>
            <h2 id="new-invite-title">{t('organiser.form.title')}</h2>
            <p className="hint">{t('organiser.form.intro')}</p>
          </div>
        </div>
        {created ? (
          <CreatedLink created={created} onDone={() => setCreated(null)} />
        ) : (
          <InviteForm catalogue={catalogue} onCreated={onCreated} />
        )}
      </section>
      <section id="invites" className="exh-card" aria-labelledby="invites-title" aria-busy={invites.refreshing}>
        <div className="exh-card-head">
          <div>
            <h2 id="invites-title">{t('organiser.invites.title')}</h2>
            <p className="hint">{t('organiser.invites.intro')}</p>
          </div>
          <RefreshButton busy={invites.refreshing} updatedAt={invites.updatedAt} onRefresh={invites.reload} />
        </div>
        <p className="visually-hidden" role="status">
          {announcement}
        </p>
        <InviteTable remote={invites} onRevoked={onRevoked} />
      </section>
    </>
  );
}
