import { useTranslation } from 'react-i18next';
import type { FieldErrors } from './contentErrors.ts';
import { LIMITS, type LinkDraft } from './contentDraft.ts';
import { fieldErrorText } from './fieldErrorText.ts';

export interface LinksEditorProps {
  links: LinkDraft[];
  errors: FieldErrors;
  onChange(links: LinkDraft[]): void;
  onAdd(): void;
  onRemove(index: number): void;
}

/** Links shown on the booth card: a short label and a web address each. */
export function LinksEditor({ links, errors, onChange, onAdd, onRemove }: LinksEditorProps) {
  const { t, i18n } = useTranslation();
  const uiLang = i18n.resolvedLanguage ?? 'en';
  const update = (index: number, link: LinkDraft) => onChange(links.map((l, i) => (i === index ? link : l)));

  return (
    <fieldset className="exh-group">
      <legend>{t('exhibitor.links.title')}</legend>
      <p className="hint">{t('exhibitor.links.hint', { max: LIMITS.links })}</p>
      {links.length === 0 && <p className="exh-empty-line">{t('exhibitor.links.empty')}</p>}
      <ol className="exh-rows">
        {links.map((link, index) => {
          const labelId = `link-${link.key}-label`;
          const urlId = `link-${link.key}-url`;
          const labelError = errors[`links.${index}.label`];
          const urlError = errors[`links.${index}.url`];
          return (
            <li key={link.key} className="exh-row">
              <fieldset>
                <legend className="exh-row-title">{t('exhibitor.links.link', { n: index + 1 })}</legend>
                <div className="exh-row-fields">
                  <div className="field">
                    <label htmlFor={labelId}>{t('exhibitor.links.label')}</label>
                    <input
                      id={labelId}
                      type="text"
                      value={link.label}
                      placeholder={t('exhibitor.links.labelPlaceholder')}
                      aria-invalid={labelError ? true : undefined}
                      aria-describedby={labelError ? `${labelId}-error` : undefined}
                      aria-required
                      onChange={(e) => update(index, { ...link, label: e.target.value })}
                    />
                    {labelError && (
                      <p id={`${labelId}-error`} className="field-error">
                        {fieldErrorText(t, labelError, uiLang)}
                      </p>
                    )}
                  </div>
                  <div className="field">
                    <label htmlFor={urlId}>{t('exhibitor.links.url')}</label>
                    <input
                      id={urlId}
                      type="url"
                      inputMode="url"
                      autoComplete="url"
                      value={link.url}
                      placeholder="https://"
                      aria-invalid={urlError ? true : undefined}
                      aria-describedby={urlError ? `${urlId}-error` : undefined}
                      aria-required
                      onChange={(e) => update(index, { ...link, url: e.target.value })}
                    />
                    {urlError && (
                      <p id={`${urlId}-error`} className="field-error">
                        {fieldErrorText(t, urlError, uiLang)}
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
        id="links-add"
        type="button"
        className="secondary small"
        disabled={links.length >= LIMITS.links}
        onClick={onAdd}
      >
        {t('exhibitor.links.add')}
      </button>
    </fieldset>
  );
}
