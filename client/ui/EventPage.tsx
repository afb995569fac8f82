import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../shared/languages.ts';
import { disconnect, enterExpo } from '../net/rooms.ts';
import { onePanelAtATime, PANELS, useHud } from '../state/hud.ts';
import { PATHS, useRoute } from '../state/route.ts';
import { useSession } from '../state/session.ts';
import { useUi } from '../state/ui.ts';
import { useViewMode } from '../state/viewMode.ts';
import { useWorld } from '../state/world.ts';
import { useExpoWorld } from '../world/useExpoWorld.ts';
import { AnnouncementBanner } from './announcements/AnnouncementBanner.tsx';
import { BoothCard } from './booth/BoothCard.tsx';
import { ConnectionBanner } from './ConnectionBanner.tsx';
import { Directory } from './Directory.tsx';
import { FlatExpo } from './flat/FlatExpo.tsx';
import { FindLayer } from './find/FindLayer.tsx';
import { HudDock } from './hud/HudDock.tsx';
import { Minimap } from './Minimap.tsx';
import { StageSync } from './stage/StageSync.tsx';
import { TopBar } from './TopBar.tsx';
import { TouchJoystick } from './TouchJoystick.tsx';
import { useCatalogue } from './useCatalogue.ts';

/** three.js and the scene load only once a visitor walks in, so the landing page stays light. */
const ExpoScene = lazy(() => import('../world/ExpoScene.tsx').then((m) => ({ default: m.ExpoScene })));

/** The expo itself: the 3D world, or its 2D view, with the HUD over it. */
export function EventPage() {
  const { t, i18n } = useTranslation();
  const session = useSession((s) => s.session);
  const catalogue = useSession((s) => s.catalogue);
  const status = useWorld((s) => s.status);
  const world = useExpoWorld();
  const { state, retry } = useCatalogue();
  const [directoryOpen, setDirectoryOpen] = useState(false);
  const [sceneReady, setSceneReady] = useState(false);
  const flat = useViewMode((s) => s.mode === '2d');
  const onReady = useCallback(() => setSceneReady(true), []);
  const closeDirectory = useCallback(() => setDirectoryOpen(false), []);
  // The directory and the chat or people panels share the left side: one at a time.
  const toggleDirectory = () => {
    setDirectoryOpen((open) => !open);
    useHud.getState().closeAll();
  };
  useEffect(
    () =>
      useHud.subscribe((hud, before) => {
        const opened = PANELS.some((panel) => hud[panel] && !before[panel]);
        if (!opened) return;
        setDirectoryOpen(false);
        // Narrow screens show one panel at a time; the booth card is one of them.
        if (onePanelAtATime() && useUi.getState().openBoothId) useUi.getState().closeBooth();
      }),
    [],
  );

  useEffect(() => {
    if (!session) useRoute.getState().navigate(PATHS.landing, { replace: true });
  }, [session]);

  // Back from 2D, the scene is built anew: the loading screen shows until it is.
  useEffect(() => {
    if (flat) setSceneReady(false);
  }, [flat]);

  useEffect(() => {
    if (!session) return;
    void enterExpo(session.token);
    return disconnect;
  }, [session]);

  if (!session) return null;

  // The 2D view has no scene to build; switching views keeps the visitor in their room.
  const drawn = flat || sceneReady;
  const loading = !drawn || status === 'connecting' || state !== 'ready';
  return (
    <main
      id="main"
      className="event"
      data-view={flat ? '2d' : '3d'}
      data-status={status}
      data-ready={drawn && status === 'connected'}
    >
      {flat && catalogue && world && <FlatExpo world={world} catalogue={catalogue} />}
      {!flat && catalogue && world && (
        <Suspense fallback={null}>
          <ExpoScene
            catalogue={catalogue}
            world={world}
            user={session.user}
            lang={i18n.resolvedLanguage as Lang}
            onReady={onReady}
          />
        </Suspense>
      )}
      <TopBar onDirectory={flat ? undefined : toggleDirectory} />
      <AnnouncementBanner />
      <ConnectionBanner />
      <FindLayer world={world} />
      {!flat && world && catalogue && <Minimap world={world} catalogue={catalogue} />}
      {!flat && directoryOpen && world && <Directory world={world} onClose={closeDirectory} />}
      <BoothCard />
      <StageSync />
      {!flat && <TouchJoystick />}
      <HudDock>{!flat && <p className="help-hint">{t('world.help')}</p>}</HudDock>
      {loading && (
        <div className="loading-screen" role="status">
          {state === 'failed' ? (
            <>
              <p>{t('landing.loadFailed')}</p>
              <button type="button" className="primary" onClick={retry}>
                {t('landing.retry')}
              </button>
            </>
          ) : (
            <>
              <div className="brand-mark large" aria-hidden="true" />
              <p>
                <span className="spinner" aria-hidden="true" />{' '}
                {status === 'connecting' ? t('world.connecting') : t('world.loadingScene')}
              </p>
            </>
          )}
        </div>
      )}
    </main>
  );
}
