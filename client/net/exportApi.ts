import { send } from './api.ts';
import { failureOf } from './apiFailure.ts';

/** The name the server gives the file (event id and date), or a plain one if it gave none. */
function fileNameOf(response: Response): string {
  const header = response.headers.get('content-disposition') ?? '';
  return /filename="([^"]+)"/.exec(header)?.[1] ?? 'event-data.json';
}

/** Organisers: downloads every piece of the event's data (with the bearer token, which a plain link cannot carry). */
export async function downloadEventData(): Promise<{ blob: Blob; fileName: string }> {
  const response = await send('/api/export');
  if (!response.ok) throw await failureOf(response);
  return { blob: await response.blob(), fileName: fileNameOf(response) };
}
