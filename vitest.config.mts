import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {defineConfig} from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        // Theme components under test (e.g. werkbladen's Antwoordvlak): JSX as React compiles it, @site as in Docusaurus.
        oxc: {jsx: {runtime: 'automatic', importSource: 'react'}},
        resolve: {alias: {'@site': path.dirname(fileURLToPath(import.meta.url))}},
        test: {
          name: 'unit',
          include: [
            'src/**/__tests__/**/*.test.{ts,tsx}',
            'tests/lib/__tests__/**/*.test.ts',
            'tests/content/**/*.test.ts',
            'scripts/**/__tests__/**/*.test.ts',
          ],
          environment: 'node',
          // The content check loads cspell's Dutch dictionary and the readability lexicon once per test file
          // (about 3 s of CPU); 5 s leaves no room on a busy machine.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          exclude: ['**/__fixtures__/**'],
          environment: 'node',
          // One browser, a few pages at a time: the machine has two cores.
          maxConcurrency: 4,
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
