import { z } from 'zod';
import type { CountryId } from '../../shared/countries.ts';
import { Agenda, MediaToken, StageSlot, type StageSlotRequest } from '../../shared/stage.ts';
import { useStage } from '../state/stage.ts';
import { request } from './api.ts';

const SlotCreated = z.object({ slot: StageSlot });

const stagePath = (pavilionId: CountryId) => `/api/stages/${encodeURIComponent(pavilionId)}`;

/** A pavilion stage's slots, sorted by start; open to everyone. */
export async function fetchAgenda(pavilionId: CountryId): Promise<StageSlot[]> {
  return (await request(Agenda, `${stagePath(pavilionId)}/agenda`)).slots;
}

/** Organisers: puts a slot on a stage's agenda. */
export async function addStageSlot(pavilionId: CountryId, body: StageSlotRequest): Promise<StageSlot> {
  const path = `${stagePath(pavilionId)}/slots`;
  return (await request(SlotCreated, path, { method: 'POST', body: JSON.stringify(body) })).slot;
}

/** Organisers: takes a slot off a stage's agenda. */
export async function deleteStageSlot(pavilionId: CountryId, slotId: string): Promise<void> {
  await request(z.unknown(), `${stagePath(pavilionId)}/slots/${encodeURIComponent(slotId)}`, { method: 'DELETE' });
}

/** A LiveKit token for a stage room; refused with `unavailable` where the server runs without voice and video. */
export function fetchMediaToken(room: string): Promise<MediaToken> {
  return request(MediaToken, '/api/media/token', { method: 'POST', body: JSON.stringify({ room }) });
}

/** Fetches a stage's agenda into useStage; a failure leaves the last agenda shown. */
export async function loadAgenda(pavilionId: CountryId): Promise<void> {
  useStage.getState().agendaLoading();
  try {
    useStage.getState().receiveAgenda(pavilionId, await fetchAgenda(pavilionId));
  } catch {
    if (useStage.getState().pavilionId === pavilionId) useStage.getState().agendaFailed();
  }
}
