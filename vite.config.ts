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
    rollupOptions: {
      output: {
        // Each locale file is its own named chunk (locale-xx), so a test can tell from the requests alone
        // which languages a page fetched; three.js goes with the lazy ExpoScene chunk, livekit-client has its own.
        chunkFileNames: (chunk) =>
          /[\\/]client[\\/]i18n[\\/]locales[\\/]/.test(chunk.facadeModuleId ?? '')
            ? 'assets/locale-[name]-[hash].js'
            : 'assets/[name]-[hash].js',
      },
    },
  },
  server: { fs: { allow: ['..'] } },
});
