import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/600.css';
import '@fontsource/noto-sans/700.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { initI18n } from './i18n/i18n.ts';
import { showLoadFailure } from './loadFailure.ts';
import { exposeDiagnostics } from './world/diagnostics.ts';
import { exposeMediaDiagnostics } from './net/mediaDiagnostics.ts';
import { exposeVoiceDiagnostics } from './net/voiceDiagnostics.ts';

exposeDiagnostics();
exposeVoiceDiagnostics();
exposeMediaDiagnostics();
// index.html shows a wordless loading screen until the visitor's language has arrived: no key is ever shown raw.
initI18n().then(
  () =>
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  () => showLoadFailure(),
);
