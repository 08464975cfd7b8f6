import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { loadKiosk } from './flow/kiosk-actors';
import { resolveKiosk } from './transport';
import { installTouchOnly } from './ui/touch-only';
import './fonts.css';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
installTouchOnly(document);
const kiosk = resolveKiosk();
// Asked for now, so the answer travels while React builds the first frame; a failure is the
// boot screen's to show (its Retry asks again), not an unhandled rejection here.
const loading = loadKiosk(kiosk);
loading.catch(() => {});
// Intl's warm-up worker starts only when this thread has a moment (i18n/intl-warm-up.ts): the
// first frame waits for it to run, at most WARM_UP_WAIT_MS, and nothing where there is none.
const WARM_UP_WAIT_MS = 300;
const longestWait = new Promise((waited) => setTimeout(waited, WARM_UP_WAIT_MS));
void Promise.race([window.serambiIntlWarmUp, longestWait]).then(() =>
  createRoot(root).render(
    <StrictMode>
      <App kiosk={kiosk} loading={loading} />
    </StrictMode>,
  ),
);
