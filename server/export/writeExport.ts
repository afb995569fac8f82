import type { Writable } from 'node:stream';
import type { Kysely } from 'kysely';
import { EXPORT_FORMAT, EXPORT_VERSION } from '../../shared/exportFormat.ts';
import type { Database } from '../db/schema.ts';
import type { ExportSection } from './sections.ts';

/** Bytes gathered before they are handed to the socket: a few rows per write, not one write per row. */
const CHUNK_BYTES = 64 * 1024;

/** Resolves when the socket takes more, or is gone; both listeners go either way. */
function drained(out: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      out.off('drain', done);
      out.off('close', done);
      resolve();
    };
    out.on('drain', done);
    out.on('close', done);
  });
}

/**
 * Writes the export as one JSON document, section by section and row by row, waiting whenever
 * the reader is slower than the database: only a page of rows and one chunk are held at a time.
 * Stops early (and says so) when the reader goes away.
 */
export async function writeExport(
  out: Writable,
  db: Kysely<Database>,
  sections: readonly ExportSection[],
  head: { eventId: string; exportedAt: Date },
): Promise<{ rows: number; complete: boolean }> {
  let chunk = '';
  let rows = 0;
  const flush = async () => {
    if (chunk === '') return;
    const ok = out.write(chunk);
    chunk = '';
    if (!ok) await drained(out);
  };
  const push = async (text: string) => {
    chunk += text;
    if (chunk.length >= CHUNK_BYTES) await flush();
  };

  const envelope = { format: EXPORT_FORMAT, version: EXPORT_VERSION, eventId: head.eventId };
  await push(`${JSON.stringify(envelope).slice(0, -1)},"exportedAt":${JSON.stringify(head.exportedAt.toISOString())}`);
  await push(',"sections":{');
  for (const [i, section] of sections.entries()) {
    await push(`${i === 0 ? '' : ','}\n${JSON.stringify(section.name)}:[`);
    let first = true;
    for await (const row of section.read(db)) {
      if (out.destroyed) return { rows, complete: false };
      await push(`${first ? '' : ','}\n${JSON.stringify(row)}`);
      first = false;
      rows++;
    }
    await push(']');
  }
  await push('\n}}\n');
  await flush();
  return { rows, complete: !out.destroyed };
}
