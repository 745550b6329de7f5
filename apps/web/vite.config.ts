import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Where `vite dev` forwards API calls; the built app is served by the API itself on one port. */
const DEV_API = process.env['ENSEMBLE_API_URL'] ?? 'http://127.0.0.1:4000';

export default defineConfig(({ command }) => {
  // A build is for serving, whatever NODE_ENV the caller runs under (CI and vitest set "test"):
  // without this, React's development build is bundled.
  if (command === 'build') process.env['NODE_ENV'] = 'production';
  return {
    plugins: [react()],
    build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
    server: {
      proxy: {
        '/trpc': { target: DEV_API, ws: true, changeOrigin: false },
        '/api': { target: DEV_API },
      },
    },
  };
});
