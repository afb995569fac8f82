import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InviteCreated } from '../../../shared/invites.ts';
import { BoundTo } from './BoundTo.tsx';
import { copyText } from './copyText.ts';
import { DateTime } from './DateTime.tsx';

type CopyState = 'idle' | 'copied' | 'selected';

/** The new link, once: large, with a copy button and the warning that it cannot be shown again. */
export function CreatedLink({ created, onDone }: { created: InviteCreated; onDone(): void }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const [copy, setCopy] = useState<CopyState>('idle');
  const { invite } = created;

  useEffect(() => heading.current?.focus(), []);

  async function copyLink() {
    if (await copyText(created.url)) {
      setCopy('copied');
      return;
    }
    field.current?.focus();
    field.current?.select();
    setCopy('selected');
  }

  return (
    <div className="org-created">
      <h3 ref={heading} tabIndex={-1} className="org-created-title">
        {t('organiser.created.title')}
      </h3>
      <dl className="org-created-facts">
        <div>
          <dt>{t('organiser.table.role')}</dt>
          <dd>{t(`roles.${invite.role}`, { defaultValue: invite.role })}</dd>
        </div>
        {invite.scope !== null && (
          <div>
            <dt>{t('organiser.table.scope')}</dt>
            <dd>
              <BoundTo role={invite.role} scope={invite.scope} />
            </dd>
          </div>
        )}
        <div>
          <dt>{t('organiser.table.expires')}</dt>
          <dd>{invite.expiresAt ? <DateTime at={invite.expiresAt} /> : t('organiser.invites.never')}</dd>
        </div>
        <div>
          <dt>{t('organiser.table.uses')}</dt>
          <dd>{invite.maxUses === null ? t('organiser.form.unlimited') : invite.maxUses}</dd>
        </div>
      </dl>
      <label htmlFor="invite-link" className="org-link-label">
        {t('organiser.created.link')}
      </label>
      <div className="org-link-row">
        <textarea
          ref={field}
          id="invite-link"
          className="org-link"
          readOnly
          rows={2}
          spellCheck={false}
          value={created.url}
          onFocus={(e) => e.currentTarget.select()}
          aria-describedby="invite-link-warning"
        />
        <button type="button" className="primary small" onClick={() => void copyLink()}>
          {copy === 'copied' ? t('organiser.created.copied') : t('organiser.created.copy')}
        </button>
      </div>
      <p className="visually-hidden" role="status">
        {copy === 'copied' ? t('organiser.created.copiedAnnounce') : ''}
      </p>
      {copy === 'selected' && (
        <p className="hint org-copy-fallback" role="status">
          {t('organiser.created.copyFallback')}
        </p>
      )}
      <p id="invite-link-warning" className="notice org-once">
        <strong>{t('organiser.created.onceTitle')}</strong> {t('organiser.created.onceText')}
      </p>
      <button type="button" className="secondary" onClick={onDone}>
        {t('organiser.created.another')}
      </button>
    </div>
  );
}
