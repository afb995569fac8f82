/**
 * How the meeting's video tiles fill the space they have: the number of columns that makes each
 * tile (at `aspect`, width over height) as large as possible. Pure, so it is tested without a browser.
 */
export interface GridLayout {
  columns: number;
  rows: number;
  /** The width each tile gets, in the same unit as the area. */
  tileWidth: number;
}

export function gridLayout(count: number, width: number, height: number, aspect = 16 / 9, gap = 10): GridLayout {
  const tiles = Math.max(1, count);
  let best: GridLayout = { columns: 1, rows: tiles, tileWidth: 0 };
  for (let columns = 1; columns <= tiles; columns++) {
    const rows = Math.ceil(tiles / columns);
    const cellWidth = (width - gap * (columns - 1)) / columns;
    const cellHeight = (height - gap * (rows - 1)) / rows;
    const tileWidth = Math.max(0, Math.min(cellWidth, cellHeight * aspect));
    // Strictly larger only: among equals the fewer columns keep names readable.
    if (tileWidth > best.tileWidth) best = { columns, rows, tileWidth };
  }
  return best;
}
