import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { graphqlDocuments } from './build/graphql-documents.ts';

const api = process.env.API_URL ?? 'http://127.0.0.1:4000';

/** In production the API serves dist/ from the same origin; in development Vite proxies to it. */
export default defineConfig({
  plugins: [graphqlDocuments({ generatedDir: 'src/gql' }), react()],
  resolve: {
    // The API's input schemas one feature at a time (src/lib/api-schema.ts): '@pvr/api/inputs'
    // re-exports them all, and a form should load only its own.
    alias: { '@pvr/api-inputs': fileURLToPath(new URL('../api/src/features', import.meta.url)) },
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: { '/graphql': api, '/files': api },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // scripts/check-bundle.ts reads it to measure the initial JavaScript and each lazy chunk.
    manifest: true,
    // The budgets are gzipped and checked by scripts/check-bundle.ts; the initial chunk is one
    // file on purpose and is over Vite's raw-size hint.
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // Everything the first screen needs in one file: one request, and gzip compresses
            // it better than the same code spread over several shared chunks.
            { name: 'initial', tags: ['$initial'] },
            // Kept apart so that only pages with a popover (select, tooltip) load them.
            { name: 'floating-ui', test: /node_modules[\\/]@floating-ui/ },
          ],
        },
      },
    },
  },
});
