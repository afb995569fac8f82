import { PeopleFound, type FoundPerson } from '../../shared/find.ts';
import { ProfileResponse } from '../../shared/profile.ts';
import { TourList, type TourSummary } from '../../shared/tours.ts';
import { request } from './api.ts';

/** People present now whose name or organisation matches `q` (at least two characters). */
export async function searchPeople(q: string, signal?: AbortSignal): Promise<FoundPerson[]> {
  return (await request(PeopleFound, `/api/people?q=${encodeURIComponent(q)}`, { signal })).people;
}

export async function fetchTours(signal?: AbortSignal): Promise<TourSummary[]> {
  return (await request(TourList, '/api/tours', { signal })).tours;
}

/** Whether the visitor lets others find them and come to them. */
export async function loadFindable(signal?: AbortSignal): Promise<boolean> {
  return (await request(ProfileResponse, '/api/profile', { signal })).profile.findable;
}

export async function saveFindable(findable: boolean): Promise<boolean> {
  const body = JSON.stringify({ findable });
  return (await request(ProfileResponse, '/api/profile', { method: 'PATCH', body })).profile.findable;
}
