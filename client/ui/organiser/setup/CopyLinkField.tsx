import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { copyText } from '../copyText.ts';

/** An invitation link in a read-only field with a copy button; where copying is not allowed, the text is selected. */
export function CopyLinkField({ id, label, url }: { id: string; label: string; url: string }) {
  const { t } = useTranslation();
  const field = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState(false);

  async function copy() {
    if (await copyText(url)) {
      setCopied(true);
      return;
    }
    field.current?.focus();
    field.current?.select();
  }

  return (
    <div className="setup-link">
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <input
        ref={field}
        id={id}
        className="setup-link-field"
        readOnly
        spellCheck={false}
        value={url}
        onFocus={(e) => e.currentTarget.select()}
      />
      <button type="button" className="secondary small" onClick={() => void copy()} aria-describedby={id}>
        {copied ? t('setup.link.copied') : t('setup.link.copy')}
      </button>
      <span className="visually-hidden" role="status">
        {copied ? t('setup.link.copiedAnnounce') : ''}
      </span>
    </div>
  );
}
