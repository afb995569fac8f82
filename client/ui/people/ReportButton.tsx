import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReportDialog } from './ReportDialog.tsx';
import './reports.css';

/** A small flag beside someone: opens "Report this person". */
export function ReportButton({ person }: { person: { id: string; name: string } }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const label = t('reports.button', { name: person.name });
  return (
    <>
      <button type="button" className="person-report" onClick={() => setOpen(true)} aria-label={label} title={label}>
        <svg className="line-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M5.5 21V4M5.5 4.5h11l-2.2 4 2.2 4h-11" />
        </svg>
      </button>
      {open && <ReportDialog person={person} onClose={() => setOpen(false)} />}
    </>
  );
}
