import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// `vite` (dev) proxies the API to a running `undertone serve`; `vite build` writes dist/, which the server serves.
export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 700 },
  server: { proxy: { '/api': 'http://localhost:3000', '/healthz': 'http://localhost:3000' } },
});
