import { useTranslation } from 'react-i18next';
import type { Catalogue } from '../../../../shared/catalogue.ts';
import type { ImportRowResult } from '../../../../shared/exhibitorImport.ts';
import { localize, type Lang } from '../../../../shared/languages.ts';
import { DataTable } from '../../exhibitor/DataTable.tsx';
import { rowProblemText } from './importProblems.ts';

/** Every row of the list: the booth it will make, or why it will not be imported. */
export function ImportPreview({ rows, catalogue }: { rows: readonly ImportRowResult[]; catalogue: Catalogue }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage as Lang;
  const pavilionName = (id: string) => {
    const pavilion = catalogue.pavilions.find((p) => p.id === id);
    return pavilion ? localize(pavilion.name, lang) : id;
  };
  const columns = {
    row: t('setup.import.preview.row'),
    booth: t('setup.import.preview.booth'),
    pavilion: t('setup.import.preview.pavilion'),
    status: t('setup.import.preview.status'),
  };
  return (
    <DataTable caption={t('setup.import.preview.caption')} columns={columns} className="setup-table setup-preview">
      {rows.map((r) => (
        <tr key={r.row} role="row" data-status={r.status}>
          <td role="cell" data-label={columns.row} className="exh-nowrap">
            {r.row}
          </td>
          <th scope="row" role="rowheader" data-label={columns.booth}>
            {r.status === 'ok' ? (
              <>
                <span className="setup-booth-name">{r.booth.content.name.en}</span>
                <span className="setup-booth-id">{r.booth.id}</span>
              </>
            ) : (
              r.name || <span className="exh-muted">—</span>
            )}
          </th>
          <td role="cell" data-label={columns.pavilion}>
            {r.status === 'ok' ? pavilionName(r.booth.pavilionId) : <span className="exh-muted">—</span>}
          </td>
          <td role="cell" data-label={columns.status}>
            {r.status === 'ok' ? (
              <span className="setup-status" data-status="ok">
                {t('setup.import.preview.ready')}
              </span>
            ) : (
              <>
                <span className="setup-status" data-status="error">
                  {t('setup.import.preview.error')}
                </span>
                <ul className="setup-row-errors">
                  {r.errors.map((e, i) => (
                    <li key={i}>{rowProblemText(t, e)}</li>
                  ))}
                </ul>
              </>
            )}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
