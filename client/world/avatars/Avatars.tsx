import { CrowdAvatars } from './CrowdAvatars.tsx';
import { CrowdOverlays } from './CrowdOverlays.tsx';

/** Everyone else in the current room: the instanced crowd, and labels, speaking bars and reactions for the few who have them. */
export function Avatars() {
  return (
    <>
      <CrowdAvatars />
      <CrowdOverlays />
    </>
  );
}
