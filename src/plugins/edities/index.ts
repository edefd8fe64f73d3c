/**
 * edities: Docusaurus's docs plugin, wrapped (as docusaurus.io's changelog plugin wraps the blog
 * plugin) so that every page of the current edition also has a URL that names its edition:
 * "/handleiding/houding" is always the current edition, "/2024/handleiding/houding" is the 2024 text
 * and stays so after the next edition arrives (then an archived docs version serves that path).
 *
 * Everything else is the docs plugin itself: its name, content, global data, translations and the
 * `docs:version` command. The twin routes reuse the current pages' content modules, so nothing is
 * compiled twice; they are left out of the sitemap (see shared/vastPad.ts) and of search (which reads
 * the loaded content, not the routes), and their canonical link names the current page
 * (theme/DocVersionRoot) while the edition is current.
 */
import pluginContentDocs, {type LoadedContent} from '@docusaurus/plugin-content-docs';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {themeOf} from '../shared/plugin';
import type {PluginOptions} from './options';
import {withPinnedTwin} from './server/tweeling';

export {validateOptions} from './options';

/** The docs version that gets pinned URLs: the current one (the docs/ folder). */
const CURRENT_VERSION = 'current';

export default async function editiesPlugin(
  context: LoadContext,
  options: PluginOptions,
): Promise<Plugin<LoadedContent>> {
  const {vastPad, ...docsOptions} = options;
  const docs = await pluginContentDocs(context, docsOptions);
  return {
    ...docs,
    // theme/DocVersionRoot: the twins' canonical link.
    ...themeOf(__dirname),
    async contentLoaded({content, actions}) {
      const label = content.loadedVersions.find((v) => v.versionName === CURRENT_VERSION)?.label;
      await docs.contentLoaded?.({
        content,
        actions: {
          ...actions,
          addRoute: (route) => actions.addRoute(withPinnedTwin(route, {versionName: CURRENT_VERSION, vastPad, label})),
        },
      });
    },
  };
}
