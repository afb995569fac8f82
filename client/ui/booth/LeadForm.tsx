import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LeadRequest } from '../../../shared/leads.ts';
import { leaveCard } from '../../net/api.ts';
import { asApiFailure } from '../../net/apiFailure.ts';
import { useSession } from '../../state/session.ts';
import { failureText } from '../../i18n/failureText.ts';
import { leadFieldProblems } from './leadFieldProblems.ts';

type Status =
  { kind: 'editing' } | { kind: 'sending' } | { kind: 'sent'; already: boolean } | { kind: 'failed'; message: string };

/** "Leave my card": name, organisation, e-mail, message and explicit consent, validated like the server does. */
export function LeadForm({ boothId, boothName }: { boothId: string; boothName: string }) {
  const { t } = useTranslation();
  const user = useSession((s) => s.session?.user);
  const [fields, setFields] = useState({ name: user?.name ?? '', organisation: '', email: '', message: '' });
  const [consent, setConsent] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<Status>({ kind: 'editing' });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = LeadRequest.safeParse({ ...fields, consent });
    if (!parsed.success) {
      setErrors(leadFieldProblems(t, parsed.error.issues));
      return;
    }
    setErrors({});
    setStatus({ kind: 'sending' });
    try {
      const result = await leaveCard(boothId, parsed.data);
      setStatus({ kind: 'sent', already: !result.created });
    } catch (error) {
      const failure = asApiFailure(error);
      const message = failure.code === 'unauthorized' ? t('booth.signInAgain') : failureText(t, failure);
      setStatus({ kind: 'failed', message });
    }
  }

  if (status.kind === 'sent') {
    return (
      <p className="notice success" role="status">
        {status.already ? t('booth.leadAlready') : t('booth.leadSent')}
      </p>
    );
  }

  const input = (name: keyof typeof fields, label: string, type = 'text', autoComplete?: string) => (
    <div className="field">
      <label htmlFor={`lead-${name}`}>{label}</label>
      <input
        id={`lead-${name}`}
        type={type}
        autoComplete={autoComplete}
        value={fields[name]}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={errors[name] ? `lead-${name}-error` : undefined}
        onChange={(e) => setFields({ ...fields, [name]: e.target.value })}
      />
      {errors[name] && (
        <p id={`lead-${name}-error`} className="field-error" role="alert">
          {errors[name]}
        </p>
      )}
    </div>
  );

  return (
    <form className="lead-form" onSubmit={submit} noValidate>
      <h3>{t('booth.leadTitle', { booth: boothName })}</h3>
      <p className="hint">{t('booth.leadIntro')}</p>
      {input('name', t('booth.leadName'), 'text', 'name')}
      {input('organisation', t('booth.leadOrganisation'), 'text', 'organization')}
      {input('email', t('booth.leadEmail'), 'email', 'email')}
      <div className="field">
        <label htmlFor="lead-message">{t('booth.leadMessage')}</label>
        <textarea
          id="lead-message"
          rows={3}
          maxLength={1000}
          value={fields.message}
          onChange={(e) => setFields({ ...fields, message: e.target.value })}
        />
      </div>
      <label className="consent">
        <input
          type="checkbox"
          checked={consent}
          aria-invalid={errors.consent ? true : undefined}
          onChange={(e) => setConsent(e.target.checked)}
        />
        <span>{t('booth.leadConsent')}</span>
      </label>
      {errors.consent && (
        <p className="field-error" role="alert">
          {errors.consent}
        </p>
      )}
      {status.kind === 'failed' && (
        <p className="field-error" role="alert">
          {status.message}
        </p>
      )}
      <button type="submit" className="primary" disabled={status.kind === 'sending'}>
        {status.kind === 'sending' ? t('booth.leadSending') : t('booth.leadSend')}
      </button>
    </form>
  );
}
