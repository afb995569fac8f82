import { readFile } from 'node:fs/promises';
import { Catalogue } from '../shared/catalogue.ts';
import { describeZodError } from '../shared/errors.ts';

/** Reads and validates the event catalogue; a broken file stops the server with the reason. */
export async function loadCatalogue(file: string): Promise<Catalogue> {
  const raw = JSON.parse(await readFile(file, 'utf8')) as unknown;
  const parsed = Catalogue.safeParse(raw);
  if (!parsed.success) throw new Error(`Invalid catalogue ${file}: ${describeZodError(parsed.error)}`);
  return parsed.data;
}
