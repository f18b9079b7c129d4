import react from '@vitejs/plugin-react';
import { muiLazyNumberFormat } from '@serenaia/shared/build/mui-lazy-number-format';
import { muiWithoutCssVariables } from '@serenaia/shared/build/mui-without-css-variables';
import { preloadEntryImports } from '@serenaia/shared/build/preload-entry-imports';
import { defineConfig } from 'vite';

// The public site is served by the API server at `/`; in development Vite proxies the API to it.
export default defineConfig({
  base: '/',
  plugins: [react(), muiWithoutCssVariables(), muiLazyNumberFormat(), preloadEntryImports()],
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      '/graphql': { target: 'http://localhost:3000', ws: true, changeOrigin: true },
    },
  },
  preview: { port: 5173, strictPort: true },
  // `vite build --ssr src/ssr/home.tsx` (the home page rendered by the server): one self-contained
  // module, so the server needs none of the SPA's dependencies installed beside it.
  ssr: { noExternal: true },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // Two pages: `index.html` (the router, every page) and `home.html`, the shell the server renders
    // the home page into, whose entry only hydrates it (no router, no GraphQL client).
    rollupOptions: { input: { index: 'index.html', home: 'home.html' } },
  },
});
