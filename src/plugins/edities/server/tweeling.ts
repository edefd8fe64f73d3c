/**
 * The pinned twin of the current edition, made from the routes the docs plugin creates.
 *
 * The docs plugin adds one root route whose children are one route per version. The twin is a
 * copy of the current version's route with every path moved below the pinned path
 * ("/handleiding/houding" → "/2024/handleiding/houding"), inserted beside the real versions. Its
 * pages use the very same content modules (nothing is compiled twice) and the same doc metadata;
 * only the version's sidebars are moved with it, so the sidebar, breadcrumbs and category pages
 * of a twin stay in the pinned edition.
 *
 * When the next edition is made (`npm run editie`), this version becomes a real archived version
 * at the same path and the twin moves on to the new year: the URLs stay, the text stays.
 */
import type {RouteConfig} from '@docusaurus/types';
import type {PropSidebarItem, PropVersionMetadata} from '@docusaurus/plugin-content-docs';
import {pinSegment, type TwinProp} from '../shared/vastPad';

export interface TwinOptions {
  /** Docs version whose pages get a twin: "current". */
  versionName: string;
  /** The path that names that version's edition: "/2024". */
  vastPad: string;
  /** Edition label for messages ("Editie 2024"). */
  label?: string;
}

const versionOf = (route: RouteConfig): PropVersionMetadata | undefined =>
  (route.props as {version?: PropVersionMetadata} | undefined)?.version;

function allPaths(route: RouteConfig, into = new Set<string>()): Set<string> {
  into.add(route.path);
  for (const child of route.routes ?? []) allPaths(child, into);
  return into;
}

function mapSidebarItems(items: readonly PropSidebarItem[], move: (href: string) => string): PropSidebarItem[] {
  return items.map((item) => {
    if (item.type === 'category') {
      return {
        ...item,
        href: item.href === undefined ? undefined : move(item.href),
        items: mapSidebarItems(item.items, move),
      };
    }
    if (item.type === 'link') return {...item, href: move(item.href)};
    return item;
  });
}

/**
 * The docs plugin's root route with a twin of one version added. Throws, in Dutch, when the version
 * is missing or when another version already answers below the pinned path (an edition archived
 * without moving the current edition on to its own year).
 */
export function withPinnedTwin(root: RouteConfig, {versionName, vastPad, label}: TwinOptions): RouteConfig {
  const versions = root.routes ?? [];
  const current = versions.find((v) => versionOf(v)?.version === versionName);
  if (!current) {
    throw new Error(
      `[edities] De docs-plugin maakte geen routes voor versie "${versionName}"; de vaste URL's (${vastPad}/…) kunnen niet gemaakt worden. Staat de docs-plugin goed in docusaurus.config.ts?`,
    );
  }
  const from = current.path.endsWith('/') ? current.path : `${current.path}/`;
  const to = `${from}${pinSegment(vastPad)}`;
  const clash = versions.find((v) => v !== current && `${v.path.replace(/\/?$/, '/')}`.startsWith(to));
  if (clash) {
    throw new Error(
      `[edities] Versie "${versionOf(clash)?.version ?? clash.path}" staat al op ${clash.path}, waar de vaste URL's van ${
        label ?? versionName
      } moeten komen. Na een nieuwe editie krijgt de huidige editie haar eigen jaar: pas EDITIONS in src/content/vocabulary.ts aan (npm run editie doet dat).`,
    );
  }

  const ownPaths = allPaths(current);
  const movePath = (p: string) =>
    p === from || p === from.slice(0, -1) ? to : p.startsWith(from) ? `${to}${p.slice(from.length)}` : p;
  // A sidebar entry moves when it points at one of this version's own pages; links elsewhere stay.
  const moveHref = (href: string) => {
    const [pathPart, ...hash] = href.split('#');
    return ownPaths.has(pathPart!) ? [movePath(pathPart!), ...hash].join('#') : href;
  };

  const copy = (route: RouteConfig): RouteConfig => {
    const {priority: _priority, ...rest} = route;
    const moved: RouteConfig = {...rest, path: movePath(route.path)};
    if (route.routes) moved.routes = route.routes.map(copy);
    return moved;
  };
  const twin = copy(current);
  const version = versionOf(current)!;
  twin.props = {
    ...current.props,
    vasteEditie: {twinPath: to, currentPath: from} satisfies TwinProp,
    version: {
      ...version,
      docsSidebars: Object.fromEntries(
        Object.entries(version.docsSidebars).map(([id, items]) => [id, mapSidebarItems(items, moveHref)]),
      ),
    } satisfies PropVersionMetadata,
  };
  return {...root, routes: [twin, ...versions]};
}
