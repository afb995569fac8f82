import { useWorld } from '../../state/world.ts';
import { RemoteAvatar } from './RemoteAvatar.tsx';

/** Everyone else in the current room. */
export function Avatars() {
  const roster = useWorld((s) => s.roster);
  return (
    <>
      {Object.entries(roster).map(([id, entry]) => (
        <RemoteAvatar key={id} id={id} entry={entry} />
      ))}
    </>
  );
}
