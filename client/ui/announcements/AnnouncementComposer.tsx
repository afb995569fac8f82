import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_NAMES, type Lang } from '../../../shared/languages.ts';
import { failureText } from '../../i18n/failureText.ts';
import { startAnnouncement } from '../../net/announcements.ts';
import { LanguageTabs, panelId, tabId } from '../exhibitor/LanguageTabs.tsx';
import { AnnouncementPreview } from './AnnouncementPreview.tsx';
import { checkDraft, DURATIONS, emptyText, TEXT_LENGTH, writtenLanguages, type Duration } from './announcementDraft.ts';

const TABS = 'announce-lang';

type SendState = { kind: 'idle' } | { kind: 'sending' } | { kind: 'sent' } | { kind: 'failed'; message: string };

/** Writing a new announcement: the text per language (English required), how long it runs, a preview, send. */
export function AnnouncementComposer({ onSent }: { onSent(): void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(emptyText);
  const [lang, setLang] = useState<Lang>('en');
  const [minutes, setMinutes] = useState<Duration>(null);
  const [state, setState] = useState<SendState>({ kind: 'idle' });
  const [problem, setProblem] = useState<{ key: string; lang?: Lang } | null>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const written = writtenLanguages(text);
  const invalid = new Set<Lang>(problem?.lang ? [problem.lang] : []);

  async function send() {
    const check = checkDraft(text, minutes);
    if (!check.ok) {
      setProblem({ key: `announcements.console.${check.problem}`, lang: check.lang });
      if (check.lang) setLang(check.lang);
      field.current?.focus();
      return;
    }
    setProblem(null);
    setState({ kind: 'sending' });
    try {
      await startAnnouncement(check.body);
      setState({ kind: 'sent' });
      setText(emptyText());
      setLang('en');
      onSent();
    } catch (error) {
      setState({ kind: 'failed', message: failureText(t, error, 'announcements.console.refused') });
    }
  }

  const used = text[lang].trim().length;
  const busy = state.kind === 'sending';
  return (
    <form
      className="announce-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void send();
      }}
    >
      <LanguageTabs value={lang} onChange={setLang} idPrefix={TABS} translated={written} invalid={invalid} />
      <div id={panelId(TABS)} role="tabpanel" aria-labelledby={tabId(TABS, lang)} className="exh-tabpanel">
        <div className="field">
          <label htmlFor="announce-text">
            {t('announcements.console.message', { language: LANGUAGE_NAMES[lang] })}
            {lang === 'en' && <span aria-hidden="true"> *</span>}
          </label>
          <textarea
            ref={field}
            id="announce-text"
            lang={lang}
            rows={3}
            value={text[lang]}
            placeholder={lang !== 'en' && text.en.trim() ? text.en.trim() : undefined}
            aria-required={lang === 'en' ? true : undefined}
            aria-invalid={invalid.has(lang) ? true : undefined}
            aria-describedby="announce-text-hint"
            onChange={(e) => {
              const value = e.target.value;
              setText((before) => ({ ...before, [lang]: value }));
              if (problem?.lang === lang) setProblem(null);
            }}
          />
          <p id="announce-text-hint" className="hint" data-over={used > TEXT_LENGTH}>
            {lang === 'en' ? t('announcements.console.englishHint') : t('announcements.console.otherHint')}{' '}
            {t('announcements.console.characters', { used, max: TEXT_LENGTH })}
          </p>
        </div>
      </div>
      <div className="field announce-duration">
        <label htmlFor="announce-minutes">{t('announcements.console.duration')}</label>
        <select
          id="announce-minutes"
          value={minutes ?? ''}
          onChange={(e) => setMinutes(e.target.value ? (Number(e.target.value) as Duration) : null)}
        >
          {DURATIONS.map((value) => (
            <option key={value ?? 'open'} value={value ?? ''}>
              {value === null
                ? t('announcements.console.untilEnded')
                : value < 60
                  ? t('announcements.console.forMinutes', { count: value })
                  : t('announcements.console.forHours', { count: value / 60 })}
            </option>
          ))}
        </select>
      </div>
      <AnnouncementPreview text={text} lang={lang} />
      {problem && (
        <p className="field-error" role="alert">
          {t(problem.key, { language: problem.lang ? LANGUAGE_NAMES[problem.lang] : '', max: TEXT_LENGTH })}
        </p>
      )}
      {state.kind === 'failed' && (
        <p className="field-error" role="alert">
          {state.message}
        </p>
      )}
      {state.kind === 'sent' && (
        <p className="notice success" role="status">
          {t('announcements.console.sent')}
        </p>
      )}
      <div className="announce-actions">
        <button type="submit" className="primary" disabled={busy} aria-busy={busy}>
          {busy && <span className="spinner" aria-hidden="true" />} {t('announcements.console.send')}
        </button>
        <span className="hint">{t('announcements.console.replaces')}</span>
      </div>
    </form>
  );
}
