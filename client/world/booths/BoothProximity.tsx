import { useFrame } from '@react-three/fiber';
import type { ExpoWorld } from '../../../shared/world/world.ts';
import { panelCoversScreen } from '../../state/hud.ts';
import { useUi } from '../../state/ui.ts';
import { useWorld } from '../../state/world.ts';
import { motion } from '../motion.ts';

let standingAt: string | null = null;

/** Renders nothing: walking up to a booth opens its card, once per approach. */
export function BoothProximity({ world }: { world: ExpoWorld }) {
  useFrame(() => {
    const zone = useWorld.getState().zone;
    const booth = zone.kind === 'pavilion' ? world.boothAt(zone.id, motion.self.x, motion.self.z) : undefined;
    const id = booth?.id ?? null;
    if (id === standingAt) return;
    standingAt = id;
    const ui = useUi.getState();
    // On a narrow screen an open chat or stage keeps the screen; the card waits for the next approach.
    if (id && ui.dismissedBoothId !== id && !panelCoversScreen()) ui.openBooth(id);
    // Walking away forgets a dismissal, so the next approach opens the card again.
    if (!id) useUi.setState({ dismissedBoothId: null });
  });
  return null;
}
