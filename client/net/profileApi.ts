import { ProfileResponse, type Profile, type ProfilePatch } from '../../shared/profile.ts';
import { request } from './api.ts';

/** The signed-in person's own profile: their business card and whether others may find them. */
export async function fetchProfile(): Promise<Profile> {
  return (await request(ProfileResponse, '/api/profile')).profile;
}

/** Changes the given fields of one's own profile; the answer is the whole profile as stored. */
export async function saveProfile(patch: ProfilePatch): Promise<Profile> {
  return (await request(ProfileResponse, '/api/profile', { method: 'PATCH', body: JSON.stringify(patch) })).profile;
}
