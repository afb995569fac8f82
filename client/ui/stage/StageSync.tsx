import { useEffect } from 'react';
import { joinStage, leaveStage } from '../../net/media.ts';
import { loadAgenda } from '../../net/stageApi.ts';
import { useHud } from '../../state/hud.ts';
import { useWorld } from '../../state/world.ts';

/** The agenda has no live feed; it is asked for again this often while the visitor is in the pavilion. */
const AGENDA_REFRESH_MS = 60_000;

/**
 * Renders nothing. Inside a pavilion it follows that pavilion's stage: voice and video join when
 * the visitor walks in and leave when they walk out, and the agenda stays fresh.
 */
export function StageSync() {
  const pavilionId = useWorld((s) => (s.zone.kind === 'pavilion' && s.status !== 'idle' ? s.zone.id : null));

  useEffect(() => {
    if (!pavilionId) {
      useHud.getState().close('stage');
      return;
    }
    joinStage(pavilionId);
    void loadAgenda(pavilionId);
    const timer = setInterval(() => void loadAgenda(pavilionId), AGENDA_REFRESH_MS);
    return () => {
      clearInterval(timer);
      leaveStage();
    };
  }, [pavilionId]);

  return null;
}
