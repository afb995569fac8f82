import { useTranslation } from 'react-i18next';
import type { FoundPerson } from '../../../shared/find.ts';
import { Flag } from '../Flag.tsx';
import { RoleBadge } from '../RoleBadge.tsx';

export interface FoundPersonRowProps {
  person: FoundPerson;
  /** The translated name of where they are, or "here" for the visitor's own room. */
  place: string;
  busy: boolean;
  onWalk(): void;
  onJump(): void;
}

/** One person found: who they are, their organisation and where; Walk and Jump when they let others come. */
export function FoundPersonRow({ person, place, busy, onWalk, onJump }: FoundPersonRowProps) {
  const { t } = useTranslation();
  const reasonId = `find-reason-${person.userId}`;
  const blocked = !person.findable;
  return (
    <li className="found" data-findable={person.findable} data-user={person.userId}>
      <div className="person-line">
        <Flag country={person.country} size={18} />
        <div className="person-text">
          <span className="person-name">{person.name}</span>
          <span className="person-meta">{[person.organisation, place].filter(Boolean).join(' · ')}</span>
        </div>
        <RoleBadge role={person.role} />
      </div>
      <div className="found-actions">
        <button
          type="button"
          className="found-go"
          onClick={onWalk}
          disabled={blocked || busy}
          aria-label={t('find.walkTo', { name: person.name })}
          aria-describedby={blocked ? reasonId : undefined}
        >
          {t('find.walk')}
        </button>
        <button
          type="button"
          className="found-go primary-tone"
          onClick={onJump}
          disabled={blocked || busy}
          aria-label={t('find.jumpTo', { name: person.name })}
          aria-describedby={blocked ? reasonId : undefined}
        >
          {busy ? <span className="spinner" aria-hidden="true" /> : t('find.jump')}
        </button>
        {blocked && (
          <span id={reasonId} className="found-reason">
            {t('find.notFindable')}
          </span>
        )}
      </div>
    </li>
  );
}
