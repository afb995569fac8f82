import { ApiError } from '../../shared/errors.ts';
import { ApiFailure } from './apiFailure.ts';
import { send } from './api.ts';

/** The name the server gives the file (event id and date), or a plain one if it gave none. */
function fileNameOf(response: Response): string {
  const header = response.headers.get('content-disposition') ?? '';
  return /filename="([^"]+)"/.exec(header)?.[1] ?? 'event-data.json';
}

/** Organisers: downloads every piece of the event's data (with the bearer token, which a plain link cannot carry). */
export async function downloadEventData(): Promise<{ blob: Blob; fileName: string }> {
  const response = await send('/api/export');
  if (!response.ok) {
    const error = ApiError.safeParse(await response.json().catch(() => undefined));
    if (error.success) throw new ApiFailure(error.data.error.code, error.data.error.message, error.data.error.refusal);
    throw new ApiFailure('internal', `HTTP ${response.status}`);
  }
  return { blob: await response.blob(), fileName: fileNameOf(response) };
}
