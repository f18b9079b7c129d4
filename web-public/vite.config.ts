import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The public site is served by the API server at `/`; in development Vite proxies the API to it.
export default defineConfig({
  base: '/',
  plugins: [react()],
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
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
});
