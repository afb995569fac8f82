import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_NAMES, LANGUAGES, type Lang } from '../../../shared/languages.ts';

export interface LanguageTabsProps {
  value: Lang;
  onChange(lang: Lang): void;
  /** Id prefix shared with the tab panel, which is labelled by the selected tab. */
  idPrefix: string;
  translated: ReadonlySet<Lang>;
  invalid: ReadonlySet<Lang>;
}

export function tabId(idPrefix: string, lang: Lang): string {
  return `${idPrefix}-tab-${lang}`;
}

export function panelId(idPrefix: string): string {
  return `${idPrefix}-panel`;
}

/** The nine languages as tabs (arrow keys move between them), each marked as translated, missing or at fault. */
export function LanguageTabs({ value, onChange, idPrefix, translated, invalid }: LanguageTabsProps) {
  const { t } = useTranslation();
  const list = useRef<HTMLDivElement>(null);

  function onKeyDown(event: KeyboardEvent) {
    const index = LANGUAGES.indexOf(value);
    const moves: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowDown: index + 1,
      ArrowLeft: index - 1,
      ArrowUp: index - 1,
      Home: 0,
      End: LANGUAGES.length - 1,
    };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const next = LANGUAGES[(target + LANGUAGES.length) % LANGUAGES.length]!;
    onChange(next);
    list.current?.querySelector<HTMLButtonElement>(`#${tabId(idPrefix, next)}`)?.focus();
  }

  return (
    <div
      ref={list}
      role="tablist"
      aria-label={t('exhibitor.editor.languages')}
      className="exh-tabs"
      onKeyDown={onKeyDown}
    >
      {LANGUAGES.map((lang) => {
        const state = invalid.has(lang) ? 'invalid' : translated.has(lang) ? 'done' : 'missing';
        return (
          <button
            key={lang}
            id={tabId(idPrefix, lang)}
            type="button"
            role="tab"
            aria-selected={lang === value}
            aria-controls={panelId(idPrefix)}
            tabIndex={lang === value ? 0 : -1}
            className="exh-tab"
            data-state={state}
            onClick={() => onChange(lang)}
          >
            <span lang={lang}>{LANGUAGE_NAMES[lang]}</span>
            {lang === 'en' && <span aria-hidden="true"> *</span>}
            <span className="exh-tab-mark" aria-hidden="true" />
            <span className="visually-hidden">
              {' '}
              {lang === 'en' ? `(${t('exhibitor.editor.required')}) ` : ''}({t(`exhibitor.editor.tab_${state}`)})
            </span>
          </button>
        );
      })}
    </div>
  );
}
