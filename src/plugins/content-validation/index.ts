/**
 * Stops the build (and `npm start`) with every content problem at once, in
 * Dutch, naming file, line and field, before Docusaurus renders a half-valid
 * page. It runs exactly what `npm run check` runs (src/content/check.ts), so the
 * two never disagree. Warnings are printed and do not stop the build.
 */
import path from 'node:path';
import logger from '@docusaurus/logger';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {checkSite} from '../../content/check';
import {ContentError, isError} from '../../content/problems';
import {PLUGIN_NAME, type PluginOptions} from './options';

export {validateOptions} from './options';

export default function contentValidationPlugin(context: LoadContext, options: PluginOptions): Plugin<void> {
  return {
    name: PLUGIN_NAME,
    getPathsToWatch() {
      return [
        ...['docs', 'versioned_docs', 'blog', 'i18n'].map((d) => path.join(context.siteDir, d, '**/*.{md,mdx,yml}')),
        path.join(context.siteDir, 'src/data/*'),
      ];
    },
    async loadContent() {
      const {problems} = await checkSite(context.siteDir, {imageBudget: options.imageBudget});
      const warnings = problems.filter((p) => !isError(p));
      // One line in the build; `npm run check` lists every warning with what to do.
      if (warnings.length > 0)
        logger.warn(
          `[inhoud] ${warnings.length} waarschuwingen (leesbaarheid en dergelijke); npm run check laat ze allemaal zien.`,
        );
      const errors = problems.filter(isError);
      if (errors.length > 0) throw new ContentError(errors);
    },
  };
}
