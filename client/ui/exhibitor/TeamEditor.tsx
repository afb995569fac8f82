import { useTranslation } from 'react-i18next';
import { LANGUAGE_NAMES, type Lang } from '../../../shared/languages.ts';
import type { FieldErrors } from './contentErrors.ts';
import { LIMITS, type MemberDraft } from './contentDraft.ts';
import { RowList } from './RowList.tsx';
import { TextInput } from './TextInput.tsx';

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
  const { t } = useTranslation();
  const update = (index: number, member: MemberDraft) => onChange(team.map((m, i) => (i === index ? member : m)));

  return (
    <RowList
      rows={team}
      max={LIMITS.team}
      title={t('exhibitor.team.title')}
      hint={t('exhibitor.team.hint', { max: LIMITS.team })}
      empty={t('exhibitor.team.empty')}
      rowTitle={(n) => t('exhibitor.team.member', { n })}
      addId="team-add"
      addLabel={t('exhibitor.team.add')}
      onAdd={onAdd}
      onRemove={onRemove}
      renderRow={(member, index) => {
        const englishRole = member.role.en.trim();
        return (
          <>
            <TextInput
              id={`member-${member.key}-name`}
              label={t('exhibitor.team.name')}
              type="text"
              autoComplete="off"
              value={member.name}
              error={errors[`team.${index}.name`]}
              aria-required
              onChange={(e) => update(index, { ...member, name: e.target.value })}
            />
            <TextInput
              id={`member-${member.key}-role`}
              label={
                <>
                  {t('exhibitor.team.role')} <span className="exh-label-lang">· {LANGUAGE_NAMES[lang]}</span>
                </>
              }
              type="text"
              lang={lang}
              value={member.role[lang]}
              placeholder={
                lang !== 'en' && englishRole ? t('exhibitor.editor.fallback', { text: englishRole }) : undefined
              }
              error={errors[`team.${index}.role`]}
              aria-required={lang === 'en' ? true : undefined}
              onChange={(e) => update(index, { ...member, role: { ...member.role, [lang]: e.target.value } })}
            />
          </>
        );
      }}
    />
  );
}
