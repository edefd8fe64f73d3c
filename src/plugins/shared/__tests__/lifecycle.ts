/**
 * Test helpers for plugin lifecycle tests, the way first-party plugins are tested
 * (packages/docusaurus-plugin-content-pages/src/__tests__/index.test.ts): load a
 * small fixture site's context with Docusaurus's own loadContext, create the plugin
 * with validated options, call its hooks with recording `actions`, and read back
 * what it did. Not a test file itself (no `.test.ts`).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {loadContext} from '@docusaurus/core/lib/server/site';
import type {
  AllContent,
  LoadContext,
  OptionValidationContext,
  Plugin,
  PluginContentLoadedActions,
  Props,
  RouteConfig,
} from '@docusaurus/types';
import {siteEditions} from '../../../content/editions';
import {CURRENT_EDITION} from '../../../content/vocabulary';

/** The fixture site's context, as `docusaurus build` gives it to plugins (optionally for another locale). */
export function fixtureContext(siteDir: string, locale?: string): Promise<LoadContext> {
  return loadContext({siteDir, locale});
}

/** Options through the plugin's own validateOptions, as Docusaurus calls it before creating the plugin. */
export function validated<T>(
  validateOptions: (ctx: OptionValidationContext<unknown, T>) => T,
  options: Record<string, unknown> = {},
): T {
  return validateOptions({options, validate: (_schema, o) => o as T});
}

export interface RecordingActions extends PluginContentLoadedActions {
  /** Every createData call: name → the data as written. */
  data: Map<string, string>;
  globalData: unknown[];
  routes: RouteConfig[];
}

/**
 * `actions` that record what a plugin does. With `generatedDir`, createData also
 * writes where Docusaurus documents it (<generatedFilesDir>/<plugin>/<id>/<name>),
 * for code that reads the generated files back.
 */
export function recordingActions(at?: {generatedDir: string; plugin: string; id?: string}): RecordingActions {
  const data = new Map<string, string>();
  const globalData: unknown[] = [];
  const routes: RouteConfig[] = [];
  return {
    data,
    globalData,
    routes,
    async createData(name, value) {
      const text = typeof value === 'string' ? value : JSON.stringify(value);
      data.set(name, text);
      if (!at) return name;
      const file = path.join(at.generatedDir, at.plugin, at.id ?? 'default', name);
      fs.mkdirSync(path.dirname(file), {recursive: true});
      fs.writeFileSync(file, text);
      return file;
    },
    setGlobalData: (value) => void globalData.push(value),
    addRoute: (route) => void routes.push(route),
  };
}

/**
 * The docs plugin's loaded content for the fixture site, from the real docs plugin (what
 * `allContent` holds), with the site's routes: docs at the root, older editions under their
 * year (the fixture's versions.json), as docusaurus.config.ts sets them.
 */
export async function loadedDocs(context: LoadContext, options: Record<string, unknown> = {}): Promise<AllContent> {
  const docs = await import('@docusaurus/plugin-content-docs');
  const {normalizePluginOptions} = await import('@docusaurus/utils-validation');
  const editions = siteEditions(context.siteDir);
  const site = {
    routeBasePath: '/',
    sidebarPath: false as const,
    lastVersion: CURRENT_EDITION,
    versions: Object.fromEntries(editions.map((e) => [e.name, {label: e.label, path: e.path.slice(1) || undefined}])),
  };
  const plugin = await docs.default(
    context,
    docs.validateOptions({validate: normalizePluginOptions as never, options: {...site, ...options}}),
  );
  const content = await plugin.loadContent!();
  return {'docusaurus-plugin-content-docs': {default: content}};
}

/** A temporary folder, removed by the returned function. */
export function tempDir(prefix: string): {dir: string; remove: () => void} {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  return {dir, remove: () => fs.rmSync(dir, {recursive: true, force: true})};
}

/** The props postBuild gets, with the parts the site's plugins read. */
export function postBuildProps<C>(
  context: LoadContext,
  outDir: string,
  content: C,
): Parameters<NonNullable<Plugin<C>['postBuild']>>[0] {
  return {
    ...(context as Props),
    outDir,
    content,
    head: {},
    routesBuildMetadata: {},
    plugins: [],
    routes: [],
    routesPaths: [],
    headTags: '',
    preBodyTags: '',
    postBodyTags: '',
    siteMetadata: {docusaurusVersion: '', pluginVersions: {}, siteVersion: undefined},
  };
}
