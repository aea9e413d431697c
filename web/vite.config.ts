import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
// a plain .mjs helper, shared with the staleness check (tests/test_web_bundle.py does the same in Python)
import { sourceHash } from './scripts/source-hash.mjs';

/** Writes build-info.json next to index.html: the hash of the sources the bundle came from. */
function buildInfo(): Plugin {
  return {
    name: 'hextile-build-info',
    generateBundle() {
      const hash: string = sourceHash(fileURLToPath(new URL('.', import.meta.url)));
      this.emitFile({ type: 'asset', fileName: 'build-info.json', source: `${JSON.stringify({ sources_sha256: hash }, null, 2)}\n` });
    },
  };
}

// The bundle ships inside the Python package (src/hextile/web_dist) and must be reproducible:
// `make web` on any machine with the same lockfile gives the same bytes (content-hashed names,
// no timestamps, no source maps pointing at local paths).
export default defineConfig({
  plugins: [svelte(), buildInfo()],
  base: '/',
  build: {
    outDir: '../src/hextile/web_dist',
    emptyOutDir: true,
    sourcemap: false,
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    reportCompressedSize: false,
    rollupOptions: {
      // no timing report in the build output (CI stays quiet)
      checks: { bundlerTimings: false },
      output: {
        // three + Photo Sphere Viewer in their own chunk, loaded only when the 360 view opens.
        manualChunks(id: string) {
          if (id.includes('node_modules/three') || id.includes('node_modules/@photo-sphere-viewer')) {
            return 'viewer360';
          }
          return undefined;
        },
      },
    },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8642' } },
  test: { include: ['src/**/*.test.ts'], environment: 'node' },
});
