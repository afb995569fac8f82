import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportCreated } from '../../../../shared/exhibitorImport.ts';
import { toCsv } from '../../../../shared/csv.ts';
import { DataTable } from '../../exhibitor/DataTable.tsx';
import { saveBlob } from '../../exhibitor/saveBlob.ts';
import { CopyLinkField } from './CopyLinkField.tsx';

/** The booths just made and their invitation links, shown this once: each to copy, all to download as CSV. */
export function ImportCreatedLinks({ created, onAnother }: { created: readonly ImportCreated[]; onAnother(): void }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const download = () => {
    const csv = toCsv(
      ['row', 'booth', 'name', 'pavilion', 'invitation'],
      created.map((c) => [String(c.row), c.boothId, c.name, c.pavilionId, c.url]),
    );
    saveBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), 'exhibitor-invitations.csv');
  };
  const columns = {
    booth: t('setup.import.preview.booth'),
    link: t('setup.import.created.link'),
  };

  return (
    <div className="setup-created">
      <h3 ref={heading} tabIndex={-1} className="org-created-title">
        {t('setup.import.created.title', { count: created.length })}
      </h3>
      <p className="notice org-once">
        <strong>{t('organiser.created.onceTitle')}</strong> {t('setup.import.created.once')}
      </p>
      <div className="setup-form-actions">
        <button type="button" className="primary small" onClick={download}>
          {t('setup.import.created.download')}
        </button>
        <button type="button" className="ghost small" onClick={onAnother}>
          {t('setup.import.created.another')}
        </button>
      </div>
      <DataTable caption={t('setup.import.created.caption')} columns={columns} className="setup-table">
        {created.map((c) => (
          <tr key={c.boothId} role="row">
            <th scope="row" role="rowheader" data-label={columns.booth}>
              <span className="setup-booth-name">{c.name}</span>
              <span className="setup-booth-id">{c.boothId}</span>
            </th>
            <td role="cell" data-label={columns.link}>
              <CopyLinkField id={`created-${c.boothId}`} label={t('setup.link.label', { booth: c.name })} url={c.url} />
            </td>
          </tr>
        ))}
      </DataTable>
    </div>
  );
}
