/** Rows read a page at a time: a big event's table never sits in memory whole. */
export const EXPORT_PAGE_SIZE = 500;

/**
 * Yields every row that `page` returns, asking for the next page after the last row seen
 * (keyset paging: each page is an index range scan, however far into the table).
 */
export function inPages<R>(
  page: (after: R | undefined, limit: number) => Promise<R[]>,
  size = EXPORT_PAGE_SIZE,
): AsyncGenerator<R> {
  return inPagesOf(async (after: R | undefined, limit) => {
    const rows = await page(after, limit);
    return { last: rows.at(-1), full: rows.length === limit, rows };
  }, size);
}

/**
 * The same, when a page's rows are not what the next page starts after: `page` says the key
 * of the last row it read and whether the page was full, and gives the rows to yield.
 */
export async function* inPagesOf<K, R>(
  page: (after: K | undefined, limit: number) => Promise<{ last: K | undefined; full: boolean; rows: R[] }>,
  size = EXPORT_PAGE_SIZE,
): AsyncGenerator<R> {
  let after: K | undefined;
  for (;;) {
    const { last, full, rows } = await page(after, size);
    yield* rows;
    if (!full) return;
    after = last;
  }
}
