import type { Booth } from '../../../shared/booths.ts';
import { useSession } from '../../state/session.ts';

/** Puts a booth the server just returned into the shared catalogue, so the expo shows the change too. */
export function storeBooth(booth: Booth): void {
  const { catalogue, setCatalogue } = useSession.getState();
  if (!catalogue) return;
  setCatalogue({
    ...catalogue,
    pavilions: catalogue.pavilions.map((pavilion) =>
      pavilion.booths.some((b) => b.id === booth.id)
        ? { ...pavilion, booths: pavilion.booths.map((b) => (b.id === booth.id ? booth : b)) }
        : pavilion,
    ),
  });
}
