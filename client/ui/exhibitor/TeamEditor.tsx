import { useTranslation } from 'react-i18next';
import { LANGUAGE_NAMES, type Lang } from '../../../shared/languages.ts';
import type { FieldErrors } from './contentErrors.ts';
import { LIMITS, type MemberDraft } from './contentDraft.ts';
import { fieldErrorText } from './fieldErrorText.ts';

export interface TeamEditorProps {
  team: MemberDraft[];
  lang: Lang;
  errors: FieldErrors;
  onChange(team: MemberDraft[]): void;
  onAdd(): void;
  onRemove(index: number): void;
}

/** Team members: a name (the same in every language) and a role in the language being edited. */
export function TeamEditor({ team, lang, errors, onChange, onAdd, onRemove }: TeamEditorProps) {
  const { t, i18n } = useTranslation();
  const uiLang = i18n.resolvedLanguage ?? 'en';
  const update = (index: number, member: MemberDraft) => onChange(team.map((m, i) => (i === index ? member : m)));

  return (
    <fieldset className="exh-group">
      <legend>{t('exhibitor.team.title')}</legend>
      <p className="hint">{t('exhibitor.team.hint', { max: LIMITS.team })}</p>
      {team.length === 0 && <p className="exh-empty-line">{t('exhibitor.team.empty')}</p>}
      <ol className="exh-rows">
        {team.map((member, index) => {
          const nameId = `member-${member.key}-name`;
          const roleId = `member-${member.key}-role`;
          const nameError = errors[`team.${index}.name`];
          const roleError = errors[`team.${index}.role`];
          const englishRole = member.role.en.trim();
          return (
            <li key={member.key} className="exh-row">
              <fieldset>
                <legend className="exh-row-title">{t('exhibitor.team.member', { n: index + 1 })}</legend>
                <div className="exh-row-fields">
                  <div className="field">
                    <label htmlFor={nameId}>{t('exhibitor.team.name')}</label>
                    <input
                      id={nameId}
                      type="text"
                      autoComplete="off"
                      value={member.name}
                      aria-invalid={nameError ? true : undefined}
                      aria-describedby={nameError ? `${nameId}-error` : undefined}
                      aria-required
                      onChange={(e) => update(index, { ...member, name: e.target.value })}
                    />
                    {nameError && (
                      <p id={`${nameId}-error`} className="field-error">
                        {fieldErrorText(t, nameError, uiLang)}
                      </p>
                    )}
                  </div>
                  <div className="field">
                    <label htmlFor={roleId}>
                      {t('exhibitor.team.role')} <span className="exh-label-lang">· {LANGUAGE_NAMES[lang]}</span>
                    </label>
                    <input
                      id={roleId}
                      type="text"
                      lang={lang}
                      value={member.role[lang]}
                      placeholder={
                        lang !== 'en' && englishRole ? t('exhibitor.editor.fallback', { text: englishRole }) : undefined
                      }
                      aria-invalid={roleError ? true : undefined}
                      aria-describedby={roleError ? `${roleId}-error` : undefined}
                      aria-required={lang === 'en' ? true : undefined}
                      onChange={(e) => update(index, { ...member, role: { ...member.role, [lang]: e.target.value } })}
                    />
                    {roleError && (
                      <p id={`${roleId}-error`} className="field-error">
                        {fieldErrorText(t, roleError, uiLang)}
                      </p>
                    )}
                  </div>
                  <button type="button" className="ghost small exh-remove" onClick={() => onRemove(index)}>
                    {t('exhibitor.remove')}
                  </button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <button
        id="team-add"
        type="button"
        className="secondary small"
        disabled={team.length >= LIMITS.team}
        onClick={onAdd}
      >
        {t('exhibitor.team.add')}
      </button>
    </fieldset>
  );
}
