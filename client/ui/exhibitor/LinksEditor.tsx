import { useTranslation } from 'react-i18next';
import type { FieldErrors } from './contentErrors.ts';
import { LIMITS, type LinkDraft } from './contentDraft.ts';
import { RowList } from './RowList.tsx';
import { TextInput } from './TextInput.tsx';

export interface LinksEditorProps {
  links: LinkDraft[];
  errors: FieldErrors;
  onChange(links: LinkDraft[]): void;
  onAdd(): void;
  onRemove(index: number): void;
}

/** Links shown on the booth card: a short label and a web address each. */
export function LinksEditor({ links, errors, onChange, onAdd, onRemove }: LinksEditorProps) {
  const { t } = useTranslation();
  const update = (index: number, link: LinkDraft) => onChange(links.map((l, i) => (i === index ? link : l)));

  return (
    <RowList
      rows={links}
      max={LIMITS.links}
      title={t('exhibitor.links.title')}
      hint={t('exhibitor.links.hint', { max: LIMITS.links })}
      empty={t('exhibitor.links.empty')}
      rowTitle={(n) => t('exhibitor.links.link', { n })}
      addId="links-add"
      addLabel={t('exhibitor.links.add')}
      onAdd={onAdd}
      onRemove={onRemove}
      renderRow={(link, index) => (
        <>
          <TextInput
            id={`link-${link.key}-label`}
            label={t('exhibitor.links.label')}
            type="text"
            value={link.label}
            placeholder={t('exhibitor.links.labelPlaceholder')}
            error={errors[`links.${index}.label`]}
            aria-required
            onChange={(e) => update(index, { ...link, label: e.target.value })}
          />
          <TextInput
            id={`link-${link.key}-url`}
            label={t('exhibitor.links.url')}
            type="url"
            inputMode="url"
            autoComplete="url"
            value={link.url}
            placeholder="https://"
            error={errors[`links.${index}.url`]}
            aria-required
            onChange={(e) => update(index, { ...link, url: e.target.value })}
          />
        </>
      )}
    />
  );
}
