import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Booth } from '../../../shared/booths.ts';
import { LANGUAGES, type Lang } from '../../../shared/languages.ts';
import { saveBoothContent } from '../../net/api.ts';
import { checkDraft, langsWithErrors, validateDraft, type FieldErrors } from './contentErrors.ts';
import {
  LIMITS,
  rowKey,
  sameContent,
  TEXT_FIELDS,
  textDraft,
  toDraft,
  type ContentDraft,
  type TextField,
} from './contentDraft.ts';
import { failureText } from '../../i18n/failureText.ts';
import { LanguageTabs, panelId, tabId } from './LanguageTabs.tsx';
import { LinksEditor } from './LinksEditor.tsx';
import { LocalizedField } from './LocalizedField.tsx';
import { TeamEditor } from './TeamEditor.tsx';
import { TextInput } from './TextInput.tsx';

type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; message: string };

const TABS = 'booth-lang';

/** The element to focus for a field key of FieldErrors. */
function inputId(field: string, draft: ContentDraft): string {
  const [head, index, leaf] = field.split('.');
  if (head === 'team') return `member-${draft.team[Number(index)]?.key}-${leaf}`;
  if (head === 'links') return `link-${draft.links[Number(index)]?.key}-${leaf}`;
  if (head === 'videoUrl') return 'booth-video';
  return `booth-${head}`;
}

function isTranslated(draft: ContentDraft, lang: Lang): boolean {
  return TEXT_FIELDS.every((field) => draft[field][lang].trim() !== '');
}

/**
 * The booth's texts, team and links in all nine languages. Checked with the server's schema before sending; a
 * refused or failed save leaves the form as it was.
 */
export function BoothEditor({ booth, onSaved }: { booth: Booth; onSaved(booth: Booth): void }) {
  const { t } = useTranslation();
  const [baseline, setBaseline] = useState(() => toDraft(booth.content));
  const [draft, setDraft] = useState(baseline);
  const [lang, setLang] = useState<Lang>('en');
  const [checked, setChecked] = useState(false);
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const focusNext = useRef<string | null>(null);

  const errors: FieldErrors = useMemo(() => (checked ? validateDraft(draft) : {}), [checked, draft]);
  const invalidLangs = useMemo(() => langsWithErrors(errors), [errors]);
  const translated = useMemo(() => new Set(LANGUAGES.filter((l) => isTranslated(draft, l))), [draft]);
  const dirty = useMemo(() => !sameContent(draft, baseline), [draft, baseline]);
  const errorCount = Object.keys(errors).length;

  // After adding or removing a row, or a refused save, keyboard focus goes where the work continues.
  useEffect(() => {
    if (focusNext.current === null) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });

  // Leaving the page with unsaved edits asks first.
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    addEventListener('beforeunload', warn);
    return () => removeEventListener('beforeunload', warn);
  }, [dirty]);

  function edit(change: (d: ContentDraft) => ContentDraft) {
    setDraft(change);
    setSave((s) => (s.kind === 'saved' ? { kind: 'idle' } : s));
  }

  /** The props a LocalizedField shares with the others: all but its label and whether it is multiline. */
  const textField = (field: TextField) => ({
    id: `booth-${field}`,
    lang,
    draft: draft[field],
    max: LIMITS[field],
    error: errors[field],
    onChange: (l: Lang, value: string) => edit((d) => ({ ...d, [field]: { ...d[field], [l]: value } })),
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const check = checkDraft(draft);
    if (!check.ok) {
      setChecked(true);
      const fields = Object.keys(check.errors);
      const langs = langsWithErrors(check.errors);
      const nextLang = langs.size > 0 && !langs.has(lang) ? LANGUAGES.find((l) => langs.has(l))! : lang;
      setLang(nextLang);
      focusNext.current = inputId(fields[0]!, draft);
      setSave({ kind: 'idle' });
      return;
    }
    const sent = draft;
    setSave({ kind: 'saving' });
    try {
      const saved = await saveBoothContent(booth.id, check.content);
      const next = toDraft(saved.content);
      setBaseline(next);
      // Edits typed while the request was on its way are kept; otherwise show what the server stored.
      setDraft((current) => (current === sent ? next : current));
      setChecked(false);
      setSave({ kind: 'saved' });
      onSaved(saved);
    } catch (error) {
      setSave({ kind: 'failed', message: failureText(t, error) });
    }
  }

  function addMember() {
    const key = rowKey();
    edit((d) => ({ ...d, team: [...d.team, { key, name: '', role: textDraft() }] }));
    focusNext.current = `member-${key}-name`;
  }

  function addLink() {
    const key = rowKey();
    edit((d) => ({ ...d, links: [...d.links, { key, label: '', url: '' }] }));
    focusNext.current = `link-${key}-label`;
  }

  return (
    <form className="exh-editor" onSubmit={submit} noValidate aria-labelledby="editor-title">
      <div className="exh-card-head">
        <div>
          <h2 id="editor-title">{t('exhibitor.editor.title')}</h2>
          <p className="hint">{t('exhibitor.editor.intro')}</p>
        </div>
      </div>

      <LanguageTabs value={lang} onChange={setLang} idPrefix={TABS} translated={translated} invalid={invalidLangs} />
      <div id={panelId(TABS)} role="tabpanel" aria-labelledby={tabId(TABS, lang)} className="exh-tabpanel">
        <LocalizedField {...textField('name')} label={t('exhibitor.editor.name')} />
        <LocalizedField {...textField('tagline')} label={t('exhibitor.editor.tagline')} />
        <LocalizedField {...textField('description')} label={t('exhibitor.editor.description')} multiline />
      </div>

      <TeamEditor
        team={draft.team}
        lang={lang}
        errors={errors}
        onChange={(team) => edit((d) => ({ ...d, team }))}
        onAdd={addMember}
        onRemove={(index) => {
          edit((d) => ({ ...d, team: d.team.filter((_, i) => i !== index) }));
          focusNext.current = 'team-add';
        }}
      />

      <LinksEditor
        links={draft.links}
        errors={errors}
        onChange={(links) => edit((d) => ({ ...d, links }))}
        onAdd={addLink}
        onRemove={(index) => {
          edit((d) => ({ ...d, links: d.links.filter((_, i) => i !== index) }));
          focusNext.current = 'links-add';
        }}
      />

      <TextInput
        id="booth-video"
        label={t('exhibitor.editor.video')}
        hint={t('exhibitor.editor.videoHint')}
        type="url"
        inputMode="url"
        value={draft.videoUrl}
        placeholder="https://"
        error={errors.videoUrl}
        onChange={(e) => edit((d) => ({ ...d, videoUrl: e.target.value }))}
      />

      <div className="exh-savebar">
        <div className="exh-save-status">
          {errorCount > 0 ? (
            <p className="field-error" role="alert">
              {t('exhibitor.editor.fixErrors')}
            </p>
          ) : save.kind === 'failed' ? (
            <p className="field-error" role="alert">
              {save.message} {t('exhibitor.editor.keptChanges')}
            </p>
          ) : save.kind === 'saving' ? (
            <p className="exh-status" role="status">
              <span className="spinner" aria-hidden="true" /> {t('exhibitor.editor.saving')}
            </p>
          ) : save.kind === 'saved' && !dirty ? (
            <p className="exh-status ok" role="status">
              <span aria-hidden="true">✓ </span>
              {t('exhibitor.editor.saved')}
            </p>
          ) : dirty ? (
            <p className="exh-status">{t('exhibitor.editor.unsaved')}</p>
          ) : (
            <p className="exh-status">{t('exhibitor.editor.upToDate')}</p>
          )}
        </div>
        <button type="submit" className="primary" disabled={save.kind === 'saving'}>
          {save.kind === 'saving' ? t('exhibitor.editor.saving') : t('exhibitor.editor.save')}
        </button>
      </div>
    </form>
  );
}
