/**
 * The edities plugin run the way Docusaurus runs it, on a small fixture site: the docs plugin's
 * routes plus a twin of the current edition below /2024, made of the same content modules.
 */
import path from 'node:path';
import {loadContext} from '@docusaurus/core/lib/server/site';
import {normalizePluginOptions} from '@docusaurus/utils-validation';
import type {PropVersionMetadata} from '@docusaurus/plugin-content-docs';
import type {LoadContext, PluginContentLoadedActions, RouteConfig} from '@docusaurus/types';
import {beforeAll, describe, expect, it} from 'vitest';
import editiesPlugin, {validateOptions} from '../index';
import type {Options} from '../options';
import {withPinnedTwin} from '../server/tweeling';

const SITE = path.join(__dirname, '__fixtures__/website');

let context: LoadContext;
let routes: RouteConfig[];

function leaves(route: RouteConfig): RouteConfig[] {
  return route.routes ? route.routes.flatMap(leaves) : [route];
}
/** The docs plugin's own route of a version (the twin has the same version name, and a vasteEditie prop). */
const versionRoute = (root: RouteConfig, name: string) =>
  root.routes!.find(
    (r) => (r.props?.version as PropVersionMetadata | undefined)?.version === name && !r.props?.vasteEditie,
  );

beforeAll(async () => {
  context = await loadContext({siteDir: SITE});
  const [, raw] = context.siteConfig.plugins.find((p) => Array.isArray(p)) as [string, Options];
  const options = validateOptions({validate: normalizePluginOptions as never, options: raw});
  const plugin = await editiesPlugin(context, options);
  const content = await plugin.loadContent!();
  routes = [];
  const actions: PluginContentLoadedActions = {
    addRoute: (r) => routes.push(r),
    createData: async (name) => path.join(context.generatedFilesDir, name),
    setGlobalData: () => undefined,
  };
  await plugin.contentLoaded!({content, actions});
}, 60_000);

describe('edities plugin on a fixture site', () => {
  it('adds a twin of the current edition below /2024, beside the real version', () => {
    expect(routes).toHaveLength(1);
    const current = versionRoute(routes[0]!, 'current')!;
    const [twin] = routes[0]!.routes!;
    expect(twin!.path).toBe('/2024/');
    expect(current.path).toBe('/');
    expect(
      leaves(current)
        .map((r) => r.path)
        .sort(),
    ).toEqual(['/handleiding', '/handleiding/houding', '/over']);
    expect(
      leaves(twin!)
        .map((r) => r.path)
        .sort(),
    ).toEqual(['/2024/handleiding', '/2024/handleiding/houding', '/2024/over']);
  });

  it('serves the same content modules (nothing compiled twice) and keeps the real routes as they were', () => {
    const [twin] = routes[0]!.routes!;
    const current = versionRoute(routes[0]!, 'current')!;
    expect(twin!.path).toBe('/2024/');
    const byPath = new Map(leaves(current).map((r) => [r.path, r]));
    for (const r of leaves(twin!)) {
      expect(r.modules).toEqual(byPath.get(r.path.replace(/^\/2024/, ''))!.modules);
    }
    expect(current.props).not.toHaveProperty('vasteEditie');
  });

  it('moves the sidebar with the twin, so it stays in the pinned edition', () => {
    const [twin] = routes[0]!.routes!;
    const version = twin!.props!.version as PropVersionMetadata;
    const hrefs = version.docsSidebars.handleiding!.flatMap((i) => ('href' in i && i.href ? [i.href] : []));
    expect(hrefs).toEqual(['/2024/handleiding', '/2024/handleiding/houding']);
    expect(twin!.props!.vasteEditie).toEqual({twinPath: '/2024/', currentPath: '/'});
    const current = versionRoute(routes[0]!, 'current')!.props!.version as PropVersionMetadata;
    expect(current.docsSidebars.handleiding!.flatMap((i) => ('href' in i && i.href ? [i.href] : []))).toEqual([
      '/handleiding',
      '/handleiding/houding',
    ]);
  });

  it('stops, in Dutch, when an archived version already answers below the pinned path', () => {
    const root = routes[0]!;
    const current = versionRoute(root, 'current')!;
    const archived: RouteConfig = {
      ...current,
      path: '/2024/',
      props: {version: {...(current.props!.version as PropVersionMetadata), version: '2024'}},
    };
    const withArchive = {...root, routes: [archived, current]};
    expect(() => withPinnedTwin(withArchive, {versionName: 'current', vastPad: '/2024', label: 'Editie 2024'})).toThrow(
      /Versie "2024" staat al op \/2024\/[\s\S]*npm run editie/,
    );
    expect(() => withPinnedTwin(withArchive, {versionName: 'current', vastPad: '/2028'})).not.toThrow();
  });

  it('names the version it cannot find', () => {
    expect(() =>
      withPinnedTwin({path: '/', component: 'x', routes: []}, {versionName: 'current', vastPad: '/2024'}),
    ).toThrow(/geen routes voor versie "current"/);
  });
});
