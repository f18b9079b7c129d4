import react from '@vitejs/plugin-react';
import { muiLazyNumberFormat } from '@serenaia/shared/build/mui-lazy-number-format';
import { muiWithoutCssVariables } from '@serenaia/shared/build/mui-without-css-variables';
import { defineConfig } from 'vite';

// The CRM is served by the API server under `/crm/`; in development Vite proxies the API to it.
export default defineConfig({
  base: '/crm/',
  plugins: [react(), muiWithoutCssVariables(), muiLazyNumberFormat()],
  server: {
    port: 5174,
    strictPort: true,
    proxy: {
      '/graphql': { target: 'http://localhost:3000', ws: true, changeOrigin: true },
      '/receipts': { target: 'http://localhost:3000', changeOrigin: true },
      '/gift-cards': { target: 'http://localhost:3000', changeOrigin: true },
    },
  },
  preview: { port: 5174, strictPort: true },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
});
