/**
 * Begrippen (glossary): loads the terms of every docs version at build time and
 * hands them to the theme (A–Z page, term pages) as global data. The inline
 * markers are handled by ./remark.ts, registered in the docs preset.
 */
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {formatProblems} from '../../content/validate';
import {validateOptions, type PluginOptions} from './options';
import {docsVersions, loadSiteTerms} from './terms';
import type {BegrippenGlobalData} from './types';
import {PLUGIN_NAME} from './types';

export default function begrippenPlugin(context: LoadContext, options: unknown): Plugin<unknown> {
  const opts: PluginOptions = validateOptions(options);
  return {
    name: PLUGIN_NAME,
    getPathsToWatch() {
      return docsVersions(context.siteDir).map((v) => path.join(context.siteDir, v.dir, opts.folder, '*.{md,mdx}'));
    },
    async loadContent(): Promise<BegrippenGlobalData> {
      const {versions, problems} = loadSiteTerms(context.siteDir, opts);
      if (problems.length > 0) throw new Error(`Begrippen: ${formatProblems(problems)}`);
      return {versions};
    },
    async contentLoaded({content, actions}) {
      actions.setGlobalData(content as BegrippenGlobalData);
    },
  };
}
