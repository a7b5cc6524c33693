import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { applyTheme } from './app/theme';
import './app/styles.css';
import { createDocument } from './domain';
import { loadThemePreference } from './storage/theme-preference';
import { createDocumentStore } from './store/document-store';

applyTheme(loadThemePreference());

const root = document.getElementById('root');
if (!root) throw new Error('Missing #root element');

const store = createDocumentStore(createDocument());

createRoot(root).render(
  <StrictMode>
    <App store={store} />
  </StrictMode>,
);
