import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

const root = fileURLToPath(new URL('..', import.meta.url));

// Two projects: fast unit tests (Node + happy-dom, fake browser APIs) and end-to-end tests
// that load the built extension (.output/chrome-mv3) into real Chromium, one file at a time.
export default defineConfig({
  root,
  test: {
    projects: [
      {
        root,
        plugins: [WxtVitest({ root })],
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          setupFiles: ['fake-indexeddb/auto'],
        },
      },
      {
        root,
        resolve: { alias: { '@': root } },
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
