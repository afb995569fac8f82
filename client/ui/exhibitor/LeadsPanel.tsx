import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadLeadsCsv } from '../../net/api.ts';
import { DataTable } from './DataTable.tsx';
import { failureText } from '../../i18n/failureText.ts';
import { dateTimeFormatter, formatNumber } from './formatters.ts';
import { LiveIndicator } from './LiveIndicator.tsx';
import { LoadedList } from './LoadedList.tsx';
import { saveBlob } from './saveBlob.ts';
import { useLiveLeads } from './useLiveLeads.ts';

/** The cards visitors left, newest first and updated live, with an export for the exhibitor's own tools. */
export function LeadsPanel({ boothId }: { boothId: string }) {
  const { t, i18n } = useTranslation();
  const uiLang = i18n.resolvedLanguage ?? 'en';
  const { leads, load, failure, live, fresh, latest, retry } = useLiveLeads(boothId);
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<string | null>(null);
  const dates = useMemo(() => dateTimeFormatter(uiLang), [uiLang]);
  // Column headings; on narrow screens each cell shows its column's heading as data-label.
  const columns = {
    date: t('exhibitor.leads.date'),
    name: t('booth.leadName'),
    organisation: t('booth.leadOrganisation'),
    email: t('booth.leadEmail'),
    message: t('exhibitor.leads.message'),
  };

  async function exportCsv() {
    setExporting(true);
    setExportError(null);
    try {
      saveBlob(await downloadLeadsCsv(boothId), `leads-${boothId}.csv`);
    } catch (error) {
      setExportError(failureText(t, error));
    } finally {
      setExporting(false);
    }
  }

  return (
    <div className="exh-leads">
      <div className="exh-card-head">
        <div>
          <h2 id="leads-title">
            {t('exhibitor.leads.title')}
            {load === 'ready' && <span className="exh-count-badge">{formatNumber(uiLang, leads.length)}</span>}
          </h2>
          <p className="hint">{t('exhibitor.leads.intro')}</p>
        </div>
        <div className="exh-head-actions">
          <LiveIndicator state={live} />
          <button
            type="button"
            className="secondary small"
            onClick={() => void exportCsv()}
            disabled={exporting || load !== 'ready' || leads.length === 0}
          >
            {exporting ? t('exhibitor.leads.exporting') : t('exhibitor.leads.download')}
          </button>
        </div>
      </div>
      {exportError && (
        <p className="field-error" role="alert">
          {exportError}
        </p>
      )}
      <p className="visually-hidden" aria-live="polite">
        {latest ? t('exhibitor.leads.announce', { name: latest.name }) : ''}
      </p>

      <LoadedList state={load} items={leads} failure={failure} onRetry={retry} textKeys="exhibitor.leads">
        {(rows) => (
          <DataTable caption={t('exhibitor.leads.caption')} columns={columns}>
            {rows.map((lead) => (
              <tr key={lead.id} role="row" className={fresh.has(lead.id) ? 'fresh' : undefined}>
                <td role="cell" data-label={columns.date} className="exh-nowrap">
                  <time dateTime={lead.createdAt}>{dates.format(new Date(lead.createdAt))}</time>
                  {fresh.has(lead.id) && <span className="exh-new-tag">{t('exhibitor.leads.new')}</span>}
                </td>
                <th scope="row" role="rowheader" data-label={columns.name}>
                  {lead.name}
                </th>
                <td role="cell" data-label={columns.organisation}>
                  {lead.organisation || '—'}
                </td>
                <td role="cell" data-label={columns.email} className="exh-email">
                  <a href={`mailto:${lead.email}`}>{lead.email}</a>
                </td>
                <td role="cell" data-label={columns.message} className="exh-message">
                  {lead.message || <span className="exh-muted">—</span>}
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </LoadedList>
    </div>
  );
}
