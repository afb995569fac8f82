import { useEffect } from 'react';
import type { ExpoWorld } from '../../../shared/world/world.ts';
import { useFind } from '../../state/find.ts';
import { NO_TOUR, useTours } from '../../state/tours.ts';
import { TourAnnouncements } from '../tours/TourAnnouncements.tsx';
import { TourBanner } from '../tours/TourBanner.tsx';
import { FindWalker } from './FindWalker.tsx';
import './find.css';

/** What finding people and tours show over the world wherever the panels are: the tour banner, invitations, and walks in progress. */
export function FindLayer({ world }: { world: ExpoWorld | null }) {
  // Leaving the expo forgets tours and walks; the server says them again on the next arrival.
  useEffect(
    () => () => {
      useTours.setState({ mine: NO_TOUR, announced: [], ended: null, refusal: null });
      useFind.setState({ walkingTo: null, jumpingTo: null, outcome: null });
    },
    [],
  );
  return (
    <div className="find-layer">
      <TourBanner />
      <TourAnnouncements />
      {world && <FindWalker world={world} />}
    </div>
  );
}
