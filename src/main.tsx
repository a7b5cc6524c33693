import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { applyTheme } from './app/theme';
import './app/styles.css';
import { setActivePersistence } from './storage/active-persistence';
import { createPersistence } from './storage/persistence';
import { browserStorage } from './storage/storage-access';
import { loadThemePreference } from './storage/theme-preference';
import { createDocumentStore } from './store/document-store';
import { notify } from './store/notices';

applyTheme(loadThemePreference());

const root = document.getElementById('root');
if (!root) throw new Error('Missing #root element');

// Load (read → parse → migrate → validate), then save every local change.
// Nothing heavy happens before the first render: no charts, no scoring.
const persistence = createPersistence({
  storage: browserStorage,
  windowTarget: window,
  documentTarget: document,
  onNotice: (message) => notify({ message, tone: 'info' }),
});
const store = createDocumentStore(persistence.initialDocument);
persistence.connect(store);
setActivePersistence(persistence);

createRoot(root).render(
  <StrictMode>
    <App store={store} />
  </StrictMode>,
);
