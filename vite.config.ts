import { defineConfig } from 'vite';

/**
 * The client is built into dist/client and served by the Node server on one port; in
 * development the server mounts Vite as middleware (`npm run dev`), so there is no proxy.
 */
export default defineConfig({
  root: 'client',
  publicDir: false,
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 2500,
  },
  server: { fs: { allow: ['..'] } },
});
