import { useTranslation } from 'react-i18next';
import { useViewMode } from '../../state/viewMode.ts';

/** The top bar's switch between the 3D world and the 2D view; no way to 3D where it cannot run. */
export function ViewSwitch() {
  const { t } = useTranslation();
  const mode = useViewMode((s) => s.mode);
  const webgl = useViewMode((s) => s.webgl);
  if (mode === '2d' && !webgl) return null;
  const to = mode === '3d' ? '2d' : '3d';
  return (
    <button
      type="button"
      className="ghost small view-switch"
      data-view-to={to}
      title={t(to === '2d' ? 'flat.switchTo2dHint' : 'flat.switchTo3dHint')}
      onClick={() => useViewMode.getState().choose(to)}
    >
      {t(to === '2d' ? 'flat.switchTo2d' : 'flat.switchTo3d')}
    </button>
  );
}
