import type { SessionUser } from '../../../shared/api.ts';
import type { CountryId } from '../../../shared/countries.ts';

/** What someone does at a stage: organisers run it, its scheduled speaker presents, everyone else listens and asks. */
export type StageRole = 'organiser' | 'presenter' | 'audience';

export function stageRole(user: Pick<SessionUser, 'role' | 'scope'> | undefined, pavilionId: CountryId): StageRole {
  if (user?.role === 'organiser') return 'organiser';
  if (user?.role === 'speaker' && user.scope === pavilionId) return 'presenter';
  return 'audience';
}
