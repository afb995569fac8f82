import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CardField } from '../../../shared/cards.ts';
import type { Profile } from '../../../shared/profile.ts';
import { saveProfile } from '../../net/profileApi.ts';
import { useSession } from '../../state/session.ts';
import { TextInput } from '../exhibitor/TextInput.tsx';
import { failureText } from '../../i18n/failureText.ts';
import { useCheckedForm } from '../useCheckedForm.ts';
import { BusinessCardView } from './BusinessCardView.tsx';
import { checkCard, draftOf, type CardDraft } from './myCardDraft.ts';

const INPUTS: { field: CardField; type: string; autoComplete: string; hint?: boolean }[] = [
  { field: 'organisation', type: 'text', autoComplete: 'organization' },
  { field: 'title', type: 'text', autoComplete: 'organization-title' },
  { field: 'email', type: 'email', autoComplete: 'email' },
  { field: 'phone', type: 'tel', autoComplete: 'tel', hint: true },
  { field: 'website', type: 'url', autoComplete: 'url', hint: true },
];

/** "My card": what others receive in an exchange, edited beside a live preview of the card itself. */
export function MyCardForm({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const user = useSession((s) => s.session?.user);
  const saved = useRef(profile);
  const [done, setDone] = useState(false);
  const form = useCheckedForm({
    initial: () => draftOf(profile),
    check: checkCard,
    send: async (face) => (saved.current = await saveProfile(face)),
    // After a save the form shows the card as stored (trimmed), ready for the next change.
    blank: () => draftOf(saved.current),
    onSent: () => setDone(true),
    refusal: (error) => failureText(t, error, 'cards.mine.saveFailed'),
  });
  const change = (field: CardField, value: string) => {
    setDone(false);
    form.patch({ [field]: value } as Partial<CardDraft>);
  };
  const preview = Object.fromEntries(Object.entries(form.draft).map(([k, v]) => [k, v.trim()])) as CardDraft;

  return (
    <div className="my-card">
      <p className="my-card-intro">{t('cards.mine.intro')}</p>
      <div className="my-card-preview">
        <h3 className="cards-section-title" id="my-card-preview-title">
          {t('cards.mine.preview')}
        </h3>
        {user && (
          <BusinessCardView
            card={{ ...preview, name: user.name, country: user.country, role: user.role }}
            linked={false}
          />
        )}
      </div>
      <form ref={form.form} className="my-card-form" onSubmit={(e) => void form.submit(e)} noValidate>
        {INPUTS.map(({ field, type, autoComplete, hint }) => (
          <TextInput
            key={field}
            id={`my-card-${field}`}
            label={t(`cards.mine.${field}`)}
            hint={hint ? t(`cards.mine.${field}Hint`) : undefined}
            type={type}
            autoComplete={autoComplete}
            value={form.draft[field]}
            error={form.errors[field]}
            onChange={(e) => change(field, e.target.value)}
          />
        ))}
        {form.refusal && (
          <p className="field-error" role="alert">
            {form.refusal}
          </p>
        )}
        <div className="my-card-actions">
          <button type="submit" className="primary small" disabled={form.busy}>
            {form.busy ? t('cards.mine.saving') : t('cards.mine.save')}
          </button>
          <span className="my-card-saved" role="status">
            {done ? t('cards.mine.saved') : ''}
          </span>
        </div>
      </form>
    </div>
  );
}
