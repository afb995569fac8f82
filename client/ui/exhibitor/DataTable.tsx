import type { ReactNode } from 'react';

export interface DataTableProps {
  /** Read out by screen readers only. */
  caption: string;
  /** Headings by column, in order; on narrow screens each cell repeats its heading as data-label. */
  columns: Record<string, string>;
  /** A column (of buttons) whose heading only screen readers hear. */
  unlabelledColumn?: string;
  className?: string;
  /** The rows. */
  children: ReactNode;
}

/** A dashboard table: scrolls sideways when too wide, with a hidden caption and a row of column headings. */
export function DataTable({ caption, columns, unlabelledColumn, className, children }: DataTableProps) {
  return (
    <div className="exh-table-wrap">
      <table className={className ? `exh-table ${className}` : 'exh-table'} role="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead role="rowgroup">
          <tr role="row">
            {Object.entries(columns).map(([column, heading]) => (
              <th key={column} scope="col" role="columnheader">
                {column === unlabelledColumn ? <span className="visually-hidden">{heading}</span> : heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup">{children}</tbody>
      </table>
    </div>
  );
}
