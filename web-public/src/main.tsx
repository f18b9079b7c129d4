import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';

// Every page but the server-rendered home page (`home.html`, `src/home-main.tsx`), and the home page
// too when the server could not render it or when reached from another page. In a transition: React
// renders in slices of a few milliseconds and yields to the browser between them.
const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element');
container.replaceChildren();
const root = createRoot(container);
startTransition(() =>
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
