// ESLint for the site's code: TypeScript, React hooks, and Docusaurus's own rules
// (every text a reader sees goes through <Translate>/translate() with a literal message).
import {builtinModules} from 'node:module';
import js from '@eslint/js';
import docusaurus from '@docusaurus/eslint-plugin';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

/** Code that runs in the reader's browser: components, theme parts, pages and client modules. */
const BROWSER = ['src/components', 'src/theme', 'src/pages', 'src/plugins/*/theme', 'src/plugins/*/client'].map(
  (dir) => `${dir}/**/*.{ts,tsx}`,
);
/** What the browser bundle also holds: the plugins' shared parts, and what browser code imports from elsewhere. */
const ALSO_IN_BROWSER = [
  'src/plugins/*/shared/**/*.ts',
  'src/content/vocabulary.ts',
  'src/lib/cite.ts',
  'src/lib/adres.ts',
  'src/lib/accents.ts',
  'src/config/repo.ts',
];

/**
 * Node's modules and globals do not exist in the browser. TypeScript cannot say so here:
 * Docusaurus's type packages pull @types/node into tsconfig.client.json's program.
 */
const NOT_IN_BROWSER =
  'this code runs in the browser, where Node modules and globals do not exist: read files in the plugin (server/) and pass the data on.';

export default tseslint.config(
  {
    ignores: [
      'build/**',
      'build-*/**',
      '.docusaurus/**',
      '.docusaurus-*/**',
      'node_modules/**',
      '**/__fixtures__/**',
      'bench/classic-baseline/**',
      'bench/.work/**',
      'test-results/**',
      'bench-results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {globals: {...globals.node}},
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        {argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_'},
      ],
      '@typescript-eslint/consistent-type-imports': ['error', {fixStyle: 'inline-type-imports'}],
    },
  },
  {
    files: [...BROWSER, ...ALSO_IN_BROWSER],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: builtinModules.map((name) => ({name, message: NOT_IN_BROWSER})),
          patterns: [{group: ['node:*'], message: NOT_IN_BROWSER}],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['process', 'Buffer', 'require', '__dirname', '__filename', 'global'].map((name) => ({
          name,
          message: NOT_IN_BROWSER,
        })),
      ],
    },
  },
  {
    files: BROWSER,
    languageOptions: {globals: {...globals.browser}},
    plugins: {'react-hooks': reactHooks, '@docusaurus': docusaurus},
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@docusaurus/string-literal-i18n-messages': 'error',
      // File formats are names, the same in every language.
      '@docusaurus/no-untranslated-text': [
        'error',
        {ignoredStrings: ['·', '—', '–', ':', ',', '.', '(', ')', '/', '…', '„', '”', '’', '☐', '⌕', 'PDF', 'EPUB']},
      ],
      '@docusaurus/no-html-links': 'error',
      '@docusaurus/prefer-docusaurus-heading': 'error',
    },
  },
  // Layout is Prettier's job (npm run lint runs prettier --check): no ESLint rule may disagree with it.
  prettier,
);
