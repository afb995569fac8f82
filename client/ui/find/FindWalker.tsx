import { useEffect } from 'react';
import { sameZone, type ExpoWorld } from '../../../shared/world/world.ts';
import { useFind } from '../../state/find.ts';
import { useWorld } from '../../state/world.ts';
import { continueWalk } from '../../world/walkToPerson.ts';

/** How long to look for someone in their room before saying they could not be reached. */
const LOOK_FOR_MS = 4000;

/**
 * Renders nothing: carries a walk to someone in another room on once the visitor has entered it,
 * and drops it when the visitor takes the controls or the person is not there.
 */
export function FindWalker({ world }: { world: ExpoWorld }) {
  useEffect(() => {
    let giveUp: ReturnType<typeof setTimeout> | undefined;
    const check = () => {
      const to = useFind.getState().walkingTo;
      const { zone, walkingTo, enteringZone } = useWorld.getState();
      if (!to) return;
      if (continueWalk(world)) return clearTimeout(giveUp);
      if (sameZone(zone, to.place)) {
        giveUp ??= setTimeout(() => {
          giveUp = undefined;
          if (useFind.getState().walkingTo === to)
            useFind.setState({ walkingTo: null, outcome: { kind: 'lost', name: to.name } });
        }, LOOK_FOR_MS);
      } else if (!walkingTo && !enteringZone) {
        // The route ended or the visitor walked off on their own: they no longer want to go.
        useFind.setState({ walkingTo: null });
      }
    };
    const unsubscribeWorld = useWorld.subscribe(check);
    const unsubscribeFind = useFind.subscribe(check);
    return () => {
      unsubscribeWorld();
      unsubscribeFind();
      clearTimeout(giveUp);
    };
  }, [world]);
  return null;
}
