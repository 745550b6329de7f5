import { injectWidgetStyles } from '@ensemble/widgets';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { SessionProvider } from './session/SessionProvider.tsx';
import './styles/base.css';
import './styles/controls.css';
import './styles/pages.css';
import './styles/character-panel.css';
import './styles/relationships.css';
import './styles/scenario-progress.css';

// The widgets are used as plain React components here (no shadow roots), so their styles go into the page once.
injectWidgetStyles();

const root = document.getElementById('root');
if (root === null) throw new Error('index.html must have a #root element.');
createRoot(root).render(
  <StrictMode>
    <SessionProvider>
      <App />
    </SessionProvider>
  </StrictMode>,
);
