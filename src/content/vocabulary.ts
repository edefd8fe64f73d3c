/**
 * The site's vocabulary: every closed list a page, a plugin, a rule or a
 * component needs — content types, audiences, phases, themes, question kinds,
 * editions and URL bases — defined once. Schemas, the config, plugins, the
 * content rules, the URL manifest, the scaffolder and the components import
 * from here; nothing else keeps its own copy.
 *
 * Pure data: safe in the browser bundle (no fs, no zod).
 */

type Labels<K extends string> = Readonly<Record<K, string>>;

/** Front matter `type` of a docs page, and the label readers see for it (search results, overviews). */
export const CONTENT_TYPE_LABELS = {
  handleiding: 'Handleiding',
  ouders: 'Voor ouders',
  spanningsveld: 'Spanningsveld',
  'gouden-regels': 'Gouden regels',
  onderzoek: 'Onderzoek',
  begrip: 'Begrip',
  werkblad: 'Werkblad',
  info: 'Informatie',
} as const satisfies Labels<string>;
export type ContentType = keyof typeof CONTENT_TYPE_LABELS;
export const CONTENT_TYPES = Object.keys(CONTENT_TYPE_LABELS) as [ContentType, ...ContentType[]];

/** Blog posts are kenniscafé yields; search and overviews show them as this type. */
export const KENNISCAFE_TYPE = 'kenniscafe';
export const KENNISCAFE_LABEL = 'Kenniscafé';

/** Every type a search result can have: the docs types and the kenniscafé posts. */
export const RESULT_TYPE_LABELS: Labels<ContentType | typeof KENNISCAFE_TYPE> = {
  ...CONTENT_TYPE_LABELS,
  [KENNISCAFE_TYPE]: KENNISCAFE_LABEL,
};
export type ResultType = keyof typeof RESULT_TYPE_LABELS;

/** Who a page or worksheet is for (front matter `doelgroep`; worksheets use the first three as `voor`). */
export const AUDIENCE_LABELS = {
  ouders: 'Ouders',
  opvoeders: 'Gezinshuis- en pleegouders',
  professionals: 'Professionals',
  organisatie: 'Organisatie',
} as const satisfies Labels<string>;
export type Audience = keyof typeof AUDIENCE_LABELS;
export const AUDIENCES = Object.keys(AUDIENCE_LABELS) as [Audience, ...Audience[]];
export const WORKSHEET_USERS = ['ouders', 'opvoeders', 'professionals'] as const satisfies readonly Audience[];
export type WorksheetUser = (typeof WORKSHEET_USERS)[number];

/** The three phases of the Relationele Route, in their order. */
export const PHASE_LABELS = {
  installatiefase: 'Installatiefase',
  stabilisatiefase: 'Stabilisatiefase',
  evaluatiefase: 'Evaluatiefase',
} as const satisfies Labels<string>;
export type Phase = keyof typeof PHASE_LABELS;
export const PHASES = Object.keys(PHASE_LABELS) as [Phase, ...Phase[]];

/** Themes of the spanningsvelden (front matter `thema`). A new theme is added here, with its label. */
export const THEME_LABELS = {
  contact: 'Contact',
  draagkracht: 'Draagkracht',
  netwerk: 'Netwerk',
  regie: 'Regie',
  relatie: 'Relatie',
  rollen: 'Rollen',
} as const satisfies Labels<string>;
export type Theme = keyof typeof THEME_LABELS;
export const THEMES = Object.keys(THEME_LABELS) as [Theme, ...Theme[]];

/** Kinds of worksheet questions and the answer area each gets on the page, in the PDF and in Word. */
export const QUESTION_KINDS = ['tekst', 'ja-nee', 'schaal', 'checklist', 'tabel', 'kaart'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/**
 * Editions of the handleiding. `current` is the docs folder; every other key is a
 * docs version (versions.json) with its own URL prefix. src/content/editions.ts
 * checks that this list and versions.json agree.
 */
export const EDITIONS = {
  current: {label: 'Editie 2024', year: '2024', path: ''},
  '2021': {label: 'Editie 2021', year: '2021', path: '/2021'},
} as const satisfies Readonly<Record<string, {label: string; year: string; path: string}>>;
export type Edition = keyof typeof EDITIONS;
export const CURRENT_EDITION: Edition = 'current';

/** URL path of a page in an edition: "/handleiding" in current, "/2021/handleiding" in 2021. */
export function editionPath(edition: string, slug: string): string {
  const prefix = (EDITIONS as Record<string, {path: string}>)[edition]?.path ?? `/${edition}`;
  return `${prefix}${slug}`;
}

/**
 * URL path that names the edition, so a citation keeps showing the same text after a new edition
 * arrives: "/2024/handleiding" for a page of the current edition, "/2021/handleiding" for 2021.
 */
export function pinnedEditionPath(edition: string, slug: string): string {
  const e = (EDITIONS as Record<string, {path: string; year: string}>)[edition];
  if (!e) return `/${edition}${slug}`;
  return `${e.path || `/${e.year}`}${slug}`;
}

/**
 * Kinds of erratum of a frozen edition (src/data/errata/<editie>.yml). `inhoud`: what the page
 * says changed (names the source passage); `taal`: wording or layout, meaning the same;
 * `aanvulling`: something added (a summary, a term); `editie`: what the edition says about itself.
 */
export const ERRATUM_SOORTEN = ['inhoud', 'taal', 'aanvulling', 'editie'] as const;
export type ErratumSoort = (typeof ERRATUM_SOORTEN)[number];

/** URL bases (without base URL and locale prefix). */
export const URLS = {
  blog: '/kenniscafes',
  spanningsvelden: '/spanningsvelden',
  begrippen: '/begrippen',
  werkbladen: '/werkbladen',
  downloads: '/downloads',
  zoeken: '/zoeken',
  literatuur: '/onderzoek/literatuur',
  /** Feeds of major changes and errata, one folder per edition year: /wijzigingen/2024/atom.xml. */
  wijzigingen: '/wijzigingen',
  /** Machine-readable files for portals: /api/<locale>/<year>/paginas.json, /api/urls.json. */
  api: '/api',
  /** The errata of a frozen edition, below its pinned path: /2021/errata. */
  errata: '/errata',
  /** OpenSearch description, per locale. */
  opensearch: '/opensearch.xml',
} as const;

/** Locales of the site; the first is the default (served at the root), others under /<locale>. */
export const LOCALES = {
  nl: {label: 'Nederlands', htmlLang: 'nl'},
  en: {label: 'English', htmlLang: 'en'},
} as const;
export type Locale = keyof typeof LOCALES;
export const DEFAULT_LOCALE: Locale = 'nl';
export const LOCALE_PREFIXES: readonly string[] = (Object.keys(LOCALES) as Locale[]).map((l) =>
  l === DEFAULT_LOCALE ? '' : `/${l}`,
);

/** Feeds of the kenniscafés (Docusaurus's feed types and the files it writes for them). */
export const BLOG_FEEDS = {rss: 'rss.xml', atom: 'atom.xml'} as const;
export type BlogFeed = keyof typeof BLOG_FEEDS;
