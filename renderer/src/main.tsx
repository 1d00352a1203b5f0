import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppRoot } from './app/AppRoot';
import { setupI18n } from './i18n/setup';
import './styles.css';

setupI18n();

// Errors outside React's render (a rejected promise nobody awaited) are logged with their stack for support.
window.addEventListener('unhandledrejection', (event) => {
  console.error('[renderer] unhandled rejection', event.reason);
});

const container = document.getElementById('root');
if (container) createRoot(container).render(
  <StrictMode>
    <AppRoot />
  </StrictMode>,
);
