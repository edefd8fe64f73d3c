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
          // Test files share a worker's module cache: the content check, cspell and Docusaurus's loaders
          // are imported once per worker instead of once per file (unit run 190 s -> 120 s on two cores).
          // No unit test mocks modules or leaves global state behind; one that must would need its own project.
          isolate: false,
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
      {
        test: {
          // The real nginx with deploy/nginx.conf, on the base-URL build: run by npm run test:baseurl.
          name: 'nginx',
          include: ['tests/nginx/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
