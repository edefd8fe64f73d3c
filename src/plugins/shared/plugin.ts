/**
 * What every site plugin does the same way: offer its theme/ folder as @theme/*
 * components (swizzlable, in TypeScript too), and read the content another
 * plugin loaded — never that plugin's folder.
 */
import path from 'node:path';
import type {AllContent, Plugin} from '@docusaurus/types';
import type {LoadedContent as DocsContent} from '@docusaurus/plugin-content-docs';
import type {BlogContent} from '@docusaurus/plugin-content-blog';

/** getThemePath and getTypeScriptThemePath for a plugin folder with a theme/ inside. */
export function themeOf(pluginDir: string): Pick<Plugin, 'getThemePath' | 'getTypeScriptThemePath'> {
  const themePath = path.join(pluginDir, 'theme');
  return {getThemePath: () => themePath, getTypeScriptThemePath: () => themePath};
}

/** The docs plugin's loaded content; a clear error when that plugin is not configured. */
export function docsContentOf(allContent: AllContent, pluginId: string, plugin: string): DocsContent {
  const docs = allContent['docusaurus-plugin-content-docs']?.[pluginId] as DocsContent | undefined;
  if (!docs)
    throw new Error(
      `[${plugin}] docs-plugin "${pluginId}" niet gevonden; staat de docs-plugin in docusaurus.config.ts?`,
    );
  return docs;
}

/** The blog plugin's loaded content, or undefined for a site without kenniscafés. */
export function blogContentOf(allContent: AllContent, pluginId: string): BlogContent | undefined {
  return allContent['docusaurus-plugin-content-blog']?.[pluginId] as BlogContent | undefined;
}
