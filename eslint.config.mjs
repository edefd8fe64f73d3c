// ESLint for the site's code: TypeScript, React hooks, and Docusaurus's own rules
// (every text a reader sees goes through <Translate>/translate() with a literal message).
import js from '@eslint/js';
import docusaurus from '@docusaurus/eslint-plugin';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Code that runs in the reader's browser: components, theme parts, pages and client modules. */
const BROWSER = ['src/components/**', 'src/theme/**', 'src/pages/**', 'src/plugins/*/theme/**', 'src/plugins/*/client/**'];

export default tseslint.config(
  {
    ignores: ['build/**', 'build-*/**', '.docusaurus/**', '.docusaurus-*/**', 'node_modules/**', '**/__fixtures__/**', 'bench/classic-baseline/**', 'test-results/**', 'bench-results/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {globals: {...globals.node}},
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_'}],
      '@typescript-eslint/consistent-type-imports': ['error', {fixStyle: 'inline-type-imports'}],
    },
  },
  {
    files: BROWSER.map((g) => `${g}/*.{ts,tsx}`).concat(BROWSER.map((g) => `${g}.{ts,tsx}`)),
    languageOptions: {globals: {...globals.browser}},
    plugins: {'react-hooks': reactHooks, '@docusaurus': docusaurus},
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@docusaurus/string-literal-i18n-messages': 'error',
      '@docusaurus/no-untranslated-text': ['error', {ignoredStrings: ['·', '—', '–', ':', ',', '.', '(', ')', '/', '…', '„', '”', '’', '☐']}],
      '@docusaurus/no-html-links': 'error',
      '@docusaurus/prefer-docusaurus-heading': 'error',
    },
  },
);
