import { z } from 'zod';
import { Pavilion } from '../../shared/catalogue.ts';
import {
  BoothAnswer,
  BoothDeleted,
  type BoothCreate,
  type BoothUpdate,
  type PavilionEdit,
} from '../../shared/eventSetup.ts';
import { ImportAnswer, type ImportRequest } from '../../shared/exhibitorImport.ts';
import type { Booth } from '../../shared/booths.ts';
import { request } from './api.ts';
import { reloadCatalogue } from './catalogueChanges.ts';

/** Organisers' set-up calls; after each change the catalogue this page shows is read again. */

const PavilionAnswer = z.object({ pavilion: Pavilion });

export async function savePavilion(id: string, edit: PavilionEdit): Promise<void> {
  await request(PavilionAnswer, `/api/pavilions/${encodeURIComponent(id)}`, {
    method: 'PUT',
    body: JSON.stringify(edit),
  });
  await reloadCatalogue();
}

export async function createBooth(body: BoothCreate): Promise<Booth> {
  const { booth } = await request(BoothAnswer, '/api/booths', { method: 'POST', body: JSON.stringify(body) });
  await reloadCatalogue();
  return booth;
}

export async function updateBooth(id: string, body: BoothUpdate): Promise<void> {
  await request(BoothAnswer, `/api/booths/${encodeURIComponent(id)}`, { method: 'PATCH', body: JSON.stringify(body) });
  await reloadCatalogue();
}

export async function deleteBooth(id: string): Promise<BoothDeleted> {
  const answer = await request(BoothDeleted, `/api/booths/${encodeURIComponent(id)}`, { method: 'DELETE' });
  await reloadCatalogue();
  return answer;
}

export async function importExhibitors(body: ImportRequest): Promise<ImportAnswer> {
  const answer = await request(ImportAnswer, '/api/import/exhibitors', { method: 'POST', body: JSON.stringify(body) });
  if (answer.committed) await reloadCatalogue();
  return answer;
}
