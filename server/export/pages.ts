/** Rows read a page at a time: a big event's table never sits in memory whole. */
export const EXPORT_PAGE_SIZE = 500;

/**
 * Yields every row that `page` returns, asking for the next page after the last row seen
 * (keyset paging: each page is an index range scan, however far into the table).
 */
export async function* inPages<R>(
  page: (after: R | undefined, limit: number) => Promise<R[]>,
  size = EXPORT_PAGE_SIZE,
): AsyncGenerator<R> {
  let last: R | undefined;
  for (;;) {
    const rows = await page(last, size);
    yield* rows;
    if (rows.length < size) return;
    last = rows.at(-1);
  }
}
