import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { resolveKiosk } from './transport';
import { installTouchOnly } from './ui/touch-only';
import './fonts.css';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
installTouchOnly(document);
createRoot(root).render(
  <StrictMode>
    <App kiosk={resolveKiosk()} />
  </StrictMode>,
);
