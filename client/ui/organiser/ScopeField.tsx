import { useTranslation } from 'react-i18next';
import type { Catalogue } from '../../../shared/catalogue.ts';
import type { FieldError } from '../exhibitor/contentErrors.ts';
import { BoothSelect } from './BoothSelect.tsx';
import { CountryChoice } from './CountryChoice.tsx';
import type { InviteDraft } from './inviteDraft.ts';
import { LanguageSelect } from './LanguageSelect.tsx';

export interface ScopeFieldProps {
  draft: InviteDraft;
  catalogue: Catalogue;
  onChange(patch: Partial<InviteDraft>): void;
  error: FieldError | undefined;
}

/** The one thing the chosen role is bound to; organisers are bound to nothing, so they get a warning instead. */
export function ScopeField({ draft, catalogue, onChange, error }: ScopeFieldProps) {
  const { t } = useTranslation();
  switch (draft.role) {
    case 'exhibitor':
      return (
        <BoothSelect
          catalogue={catalogue}
          value={draft.boothId}
          onChange={(boothId) => onChange({ boothId })}
          error={error}
        />
      );
    case 'speaker':
      return (
        <CountryChoice
          name="invite-stage"
          legend={t('organiser.form.stage')}
          hint={t('organiser.form.stageHint')}
          catalogue={catalogue}
          value={draft.stage}
          onChange={(stage) => onChange({ stage })}
          error={error}
        />
      );
    case 'delegate':
      return (
        <CountryChoice
          name="invite-delegation"
          legend={t('organiser.form.delegation')}
          hint={t('organiser.form.delegationHint')}
          catalogue={catalogue}
          value={draft.delegation}
          onChange={(delegation) => onChange({ delegation })}
          error={error}
        />
      );
    case 'interpreter':
      return <LanguageSelect value={draft.lang} onChange={(lang) => onChange({ lang })} error={error} />;
    case 'organiser':
      return (
        <p className="notice org-warning" role="note">
          {t('organiser.form.organiserWarning')}
        </p>
      );
  }
}
