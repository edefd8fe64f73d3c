/**
 * platte-code: no syntax highlighting in the browser.
 *
 * The kennisbank has no code in its content, and its contributors write prose.
 * Yet theme-classic loads prism-react-renderer on every page: about 35 kB of
 * gzipped JavaScript and a quarter second of start-up work on a throttled phone
 * (measured with `npm run bench`). This plugin points the browser and server
 * bundles at ./client/highlight.tsx, which renders a code block as plain lines,
 * so a contribution that does contain a code block still reads well. The Node
 * side (theme options, config) keeps the real package.
 */
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {PLUGIN_NAME, type PluginOptions} from './options';

export {validateOptions} from './options';

export default function platteCodePlugin(_context: LoadContext, _options: PluginOptions): Plugin<void> {
  const stub = path.join(__dirname, 'client/highlight.tsx');
  return {
    name: PLUGIN_NAME,
    configureWebpack: () => ({resolve: {alias: {'prism-react-renderer$': stub}}}),
  };
}
