/**
 * content-validation: stops the build (and `npm start`) with every content
 * problem at once, in Dutch, naming file, line and field, before Docusaurus
 * renders a half-valid page. It runs exactly what `npm run check` runs
 * (src/content/check.ts), so the two never disagree. Warnings are printed and do
 * not stop the build. It also reports the files and anchors the plugins publish
 * for this content (src/config/publicFiles.ts), which links were checked against,
 * so the URL manifest (src/urls) reads them from the build, not from plugin code.
 */
import logger from '@docusaurus/logger';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {checkSite} from '../../content/check';
import {ContentError, isError} from '../../content/problems';
import {reportPublicFiles, type PublicFiles} from '../../urls/declared';
import {PLUGIN_NAME, type PluginOptions} from './options';
import {watchedContent} from './server/watched';

export {validateOptions} from './options';

export default function contentValidationPlugin(context: LoadContext, options: PluginOptions): Plugin<PublicFiles> {
  return {
    name: PLUGIN_NAME,
    getPathsToWatch: () => watchedContent(context.siteDir),
    async loadContent() {
      const {problems, publicFiles} = await checkSite(context.siteDir, {imageBudget: options.imageBudget});
      const warnings = problems.filter((p) => !isError(p));
      // One line in the build; `npm run check` lists every warning with what to do.
      if (warnings.length > 0)
        logger.warn(
          `[inhoud] ${warnings.length} waarschuwingen (leesbaarheid en dergelijke); npm run check laat ze allemaal zien.`,
        );
      const errors = problems.filter(isError);
      if (errors.length > 0) throw new ContentError(errors);
      return publicFiles;
    },
    async contentLoaded({content, actions}) {
      await reportPublicFiles(actions, content);
    },
  };
}
