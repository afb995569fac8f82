import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface RowListProps<Row extends { key: string }> {
  rows: Row[];
  max: number;
  title: string;
  hint: string;
  /** Shown while there are no rows. */
  empty: string;
  /** The legend of the row with this 1-based number. */
  rowTitle(n: number): string;
  /** The fields of one row; the remove button follows them. */
  renderRow(row: Row, index: number): ReactNode;
  addId: string;
  addLabel: string;
  onAdd(): void;
  onRemove(index: number): void;
}

/** A group of numbered rows (team members, links), each with a remove button, and an add button up to `max`. */
export function RowList<Row extends { key: string }>(props: RowListProps<Row>) {
  const { rows, max, title, hint, empty, rowTitle, renderRow, addId, addLabel, onAdd, onRemove } = props;
  const { t } = useTranslation();
  return (
    <fieldset className="exh-group">
      <legend>{title}</legend>
      <p className="hint">{hint}</p>
      {rows.length === 0 && <p className="exh-empty-line">{empty}</p>}
      <ol className="exh-rows">
        {rows.map((row, index) => (
          <li key={row.key} className="exh-row">
            <fieldset>
              <legend className="exh-row-title">{rowTitle(index + 1)}</legend>
              <div className="exh-row-fields">
                {renderRow(row, index)}
                <button type="button" className="ghost small exh-remove" onClick={() => onRemove(index)}>
                  {t('exhibitor.remove')}
                </button>
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      <button id={addId} type="button" className="secondary small" disabled={rows.length >= max} onClick={onAdd}>
        {addLabel}
      </button>
    </fieldset>
  );
}
