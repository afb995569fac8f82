/** How the benchmarks print their results: Markdown tables, ready to paste into the README. */

/** The lines of a Markdown table, each column as wide as its widest cell, numbers right-aligned. */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const format = (cells: readonly string[]) => `| ${widths.map((w, i) => (cells[i] ?? '').padStart(w)).join(' | ')} |`;
  return [format(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(format)];
}

/** Prints a title, then the table of `rows` under `header`. */
export function printTable(title: string, header: readonly string[], rows: readonly (readonly string[])[]): void {
  console.log(['', title, '', ...formatTable(header, rows)].join('\n'));
}

/** A number with `digits` decimals, or a dash when there is none. */
export function cell(value: number, digits = 0): string {
  return Number.isFinite(value) ? value.toFixed(digits) : '-';
}
