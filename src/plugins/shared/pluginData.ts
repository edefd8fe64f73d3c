/**
 * How a plugin hands build-time data to its remark plugin: the plugin writes it
 * with `actions.createData` (documented to land in
 * `<generatedFilesDir>/<plugin>/<id>/<name>`), the remark plugin reads it there
 * and pages that show it import it as a module. One file, read by path: no
 * global state between the plugin and the Markdown compiler.
 */
import fs from 'node:fs';
import path from 'node:path';
import {DEFAULT_PLUGIN_ID, GENERATED_FILES_DIR_NAME} from '@docusaurus/utils';

export function pluginDataFile(siteDir: string, plugin: string, name: string, pluginId = DEFAULT_PLUGIN_ID): string {
  return path.join(siteDir, GENERATED_FILES_DIR_NAME, plugin, pluginId, name);
}

/** The same file as a module specifier for pages (`@generated` is Docusaurus's alias of the generated-files folder). */
export function pluginDataModule(plugin: string, name: string, pluginId = DEFAULT_PLUGIN_ID): string {
  return `@generated/${plugin}/${pluginId}/${name}`;
}

const cache = new Map<string, {mtimeMs: number; value: unknown}>();

/** Reads a plugin's data file (cached until it changes); fails loudly when the plugin did not run. */
export function readPluginData<T>(file: string, plugin: string): T {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new Error(
      `[${plugin}] De gegevens van de plugin ontbreken (${path.basename(file)}). Staat "./src/plugins/${plugin}" in de plugins van docusaurus.config.ts?`,
    );
  }
  const hit = cache.get(file);
  if (hit && hit.mtimeMs === stat.mtimeMs) return hit.value as T;
  const value = JSON.parse(fs.readFileSync(file, 'utf8')) as T;
  cache.set(file, {mtimeMs: stat.mtimeMs, value});
  return value;
}

interface RuleLike {
  use?: unknown;
  oneOf?: unknown;
  rules?: unknown;
}
interface LoaderLike {
  loader?: string;
  options?: {dependencies?: string[]};
}

/**
 * Makes every Markdown page depend on a data file, so webpack's persistent cache
 * rebuilds pages when the data changes (a term's definition is compiled into
 * each page that marks it). Uses the mdx-loader's own `dependencies` option.
 */
export function addMdxDependencies(rules: readonly unknown[], files: readonly string[]): number {
  let found = 0;
  const walk = (list: readonly unknown[]) => {
    for (const rule of list as RuleLike[]) {
      if (!rule || typeof rule !== 'object') continue;
      for (const use of Array.isArray(rule.use) ? (rule.use as LoaderLike[]) : []) {
        if (typeof use?.loader === 'string' && use.loader.includes('mdx-loader') && use.options) {
          use.options.dependencies = [...new Set([...(use.options.dependencies ?? []), ...files])];
          found++;
        }
      }
      if (Array.isArray(rule.oneOf)) walk(rule.oneOf);
      if (Array.isArray(rule.rules)) walk(rule.rules);
    }
  };
  walk(rules);
  return found;
}
