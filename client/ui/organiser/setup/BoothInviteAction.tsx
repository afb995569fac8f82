import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createInvite } from '../../../net/invites.ts';
import { failureText } from '../../../i18n/failureText.ts';
import { CopyLinkField } from './CopyLinkField.tsx';

/** A new exhibitor invitation for one booth, made in one click; its link is shown here, once. */
export function BoothInviteAction({ boothId, boothName }: { boothId: string; boothName: string }) {
  const { t } = useTranslation();
  const [url, setUrl] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function invite() {
    setBusy(true);
    setProblem(null);
    try {
      setUrl((await createInvite({ grant: { role: 'exhibitor', boothId }, note: boothName })).url);
    } catch (error) {
      setProblem(failureText(t, error));
    } finally {
      setBusy(false);
    }
  }

  if (url) {
    return (
      <div className="setup-invite">
        <CopyLinkField id={`invite-${boothId}`} label={t('setup.link.label', { booth: boothName })} url={url} />
        <p className="hint">{t('setup.link.once')}</p>
      </div>
    );
  }
  return (
    <>
      <button type="button" className="ghost small" onClick={() => void invite()} disabled={busy}>
        {busy ? t('setup.booths.inviting') : t('setup.booths.invite')}
      </button>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
    </>
  );
}
