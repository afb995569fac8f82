import { useTranslation } from 'react-i18next';
import '../chat/chat.css';
import { startConversation } from '../chat/startConversation.ts';
import { Flag } from '../Flag.tsx';
import { RoleBadge } from '../RoleBadge.tsx';
import { CardOfferButton } from '../cards/CardOfferButton.tsx';
import { ModerationActions } from './ModerationActions.tsx';
import { ReportButton } from './ReportButton.tsx';
import type { Person } from './people.ts';
import type { ModerationStep } from './useModeration.ts';

export interface PersonRowProps {
  person: Person;
  countryName: string;
  /** Present for an organiser looking at someone else: the actions open under the row. */
  moderation?: {
    expanded: boolean;
    busy: boolean;
    onToggle(): void;
    onStep(step: ModerationStep): void;
    onConfirm(action: 'remove' | 'ban'): void;
  };
}

/** One person in the list: flag, name, country and role; for organisers, a way to act on them. */
export function PersonRow({ person, countryName, moderation }: PersonRowProps) {
  const { t } = useTranslation();
  const actionsId = `mod-${person.key}`;
  return (
    <li className="person" data-away={person.away} data-self={person.self}>
      <div className="person-line">
        <Flag country={person.country} size={18} />
        <div className="person-text">
          <span className="person-name">
            {person.name}
            {person.self && <span className="person-you"> {t('people.you')}</span>}
          </span>
          <span className="person-meta">
            {countryName}
            {person.away && <> · {t('people.away')}</>}
          </span>
        </div>
        <RoleBadge role={person.role} />
        {!person.self && <CardOfferButton person={person} />}
        {!person.self && (
          <button
            type="button"
            className="person-message"
            onClick={() => startConversation({ id: person.id, name: person.name })}
            aria-label={t('chat.writeTo', { name: person.name })}
            title={t('chat.writeTo', { name: person.name })}
          >
            {t('chat.message')}
          </button>
        )}
        {!person.self && <ReportButton person={person} />}
        {moderation && (
          <button
            type="button"
            className="person-moderate"
            aria-expanded={moderation.expanded}
            aria-controls={actionsId}
            onClick={moderation.onToggle}
            aria-label={t('moderation.actionsFor', { name: person.name })}
            title={t('moderation.menu')}
          >
            {moderation.busy ? <span className="spinner" aria-hidden="true" /> : <span aria-hidden="true">⋯</span>}
          </button>
        )}
      </div>
      {moderation?.expanded && (
        <ModerationActions
          id={actionsId}
          person={person}
          busy={moderation.busy}
          onStep={moderation.onStep}
          onConfirm={moderation.onConfirm}
        />
      )}
    </li>
  );
}
