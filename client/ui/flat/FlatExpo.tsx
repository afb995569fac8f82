import { useEffect, useRef } from 'react';
import type { Catalogue } from '../../../shared/catalogue.ts';
import type { CountryId } from '../../../shared/countries.ts';
import type { ExpoWorld } from '../../../shared/world/world.ts';
import { useWorld } from '../../state/world.ts';
import { FlatPavilion } from './FlatPavilion.tsx';
import { FlatPlaza } from './FlatPlaza.tsx';
import { useFlatWalker } from './useFlatWalker.ts';
import { ViewNoteBanner } from './ViewNoteBanner.tsx';
import './flat.css';

/**
 * The expo without WebGL: the plaza as a list of pavilions, a pavilion as its stage and booths.
 * The visitor is in the same rooms as in 3D, so the HUD, the booth card and the stage work as there.
 */
export function FlatExpo({ world, catalogue }: { world: ExpoWorld; catalogue: Catalogue }) {
  const zone = useWorld((s) => s.zone);
  const heading = useRef<HTMLHeadingElement>(null);
  const left = useRef<CountryId | null>(null);
  const place = zone.kind === 'pavilion' ? zone.id : 'plaza';
  const first = useRef(true);
  useFlatWalker(world);

  // A new room is a new page to a screen reader: focus goes to its heading, or back to the pavilion just left.
  // The top bar's place already announces the move, so there is no live region of its own here.
  useEffect(() => {
    if (!first.current) {
      const back = place === 'plaza' && left.current;
      const target = back ? document.querySelector<HTMLElement>(`[data-pavilion="${left.current}"]`) : null;
      (target ?? heading.current)?.focus();
    }
    first.current = false;
    left.current = place === 'plaza' ? null : place;
  }, [place]);

  return (
    <div className="flat" data-place={place}>
      <ViewNoteBanner />
      {zone.kind === 'pavilion' ? (
        <FlatPavilion world={world} catalogue={catalogue} pavilionId={zone.id} heading={heading} />
      ) : (
        <FlatPlaza world={world} catalogue={catalogue} heading={heading} />
      )}
      <div className="flat-fade" aria-hidden="true" />
    </div>
  );
}
