/**
 * The web editor's configuration (Decap CMS), generated from what the site
 * validates with: the front-matter schemas (src/content/schema.ts) say which
 * fields are required, how long they must be and which values a closed list
 * has; the vocabulary gives the labels; the data files give the sources, blog
 * authors and tags. A new tag in blog/tags.yml or a new source file appears in
 * the editor's dropdowns at the next build, without a change here.
 *
 * Pure: site data in, a config object out. index.ts writes it as config.yml.
 */
import {contentSchemas} from '../../../content/schema';
import {bronSchema} from '../../../content/siteData';
import {
  begrippenCollection,
  bronnenCollection,
  kenniscafesCollection,
  spanningsveldenCollection,
  type CollectionInput,
} from './collections';
import type {DecapConfig} from './decap';
import {shapeFacts} from './schemaFacts';

export type {DecapCollection, DecapConfig, DecapField, DecapOption} from './decap';
export type {CollectionInput} from './collections';

export interface BeheerInput extends CollectionInput {
  /** https://github.com/OWNER/REPO */
  repoUrl: string;
  branch: string;
  /** Protocol and host, and the base URL, of the published site. */
  siteUrl: string;
  baseUrl: string;
  /** OAuth client that logs a contributor in (backend.base_url); without it the editor says there is no login. */
  authUrl?: string;
  /** Netlify's built-in OAuth only: the Netlify site's domain, e.g. kennisbank.netlify.app (backend.site_domain). */
  siteDomain?: string;
  /** decap-server to use instead of GitHub (development and tests only). */
  localBackend?: {url: string};
}

/** "owner/name" of a GitHub repository URL, or undefined for another host. */
export function githubRepo(repoUrl: string): string | undefined {
  const m = /^https:\/\/github\.com\/([^/\s]+)\/([^/\s]+?)(?:\.git)?\/?$/.exec(repoUrl);
  return m ? `${m[1]}/${m[2]}` : undefined;
}

/** Where the editor saves: the GitHub repository, through pull requests (from a fork without write access). */
function backend(repo: string, input: BeheerInput): DecapConfig['backend'] {
  return {
    name: 'github',
    repo,
    branch: input.branch,
    // A contributor without write access works in a fork; the editor opens the pull request from it.
    open_authoring: true,
    ...(input.authUrl ? {base_url: input.authUrl} : {}),
    ...(input.siteDomain ? {site_domain: input.siteDomain} : {}),
    squash_merges: true,
    commit_messages: {
      create: 'Nieuw ({{collection}}): {{slug}}',
      update: 'Bijgewerkt ({{collection}}): {{slug}}',
      delete: 'Verwijderd ({{collection}}): {{slug}}',
      uploadMedia: 'Afbeelding toegevoegd: {{path}}',
      deleteMedia: 'Afbeelding verwijderd: {{path}}',
      openAuthoring: '{{message}}',
    },
  };
}

/** The four collections, each form built from the schema its files are checked with. */
function collections(input: BeheerInput): DecapConfig['collections'] {
  const schemas = contentSchemas(input.data.bronnen.map((b) => b.key));
  return [
    kenniscafesCollection(input, shapeFacts(schemas.blog)),
    spanningsveldenCollection(input, shapeFacts(schemas.spanningsveld)),
    begrippenCollection(input, shapeFacts(schemas.begrip)),
    bronnenCollection(shapeFacts(bronSchema)),
  ];
}

export function decapConfig(input: BeheerInput): DecapConfig {
  const repo = githubRepo(input.repoUrl);
  if (!repo) throw new Error(`[beheer] de webeditor werkt met een GitHub-repository; "${input.repoUrl}" is dat niet.`);
  const root = input.siteUrl.replace(/\/$/, '') + input.baseUrl;
  return {
    backend: backend(repo, input),
    ...(input.localBackend ? {local_backend: {url: input.localBackend.url}} : {}),
    // Every change becomes a pull request: the checks run on it and the redactie reviews it.
    publish_mode: 'editorial_workflow',
    locale: 'nl',
    site_url: root,
    display_url: root,
    // Same origin as the editor: nothing on /beheer/ loads from another host.
    logo_url: `${input.baseUrl}img/logo.svg`,
    media_folder: input.mediaFolder,
    public_folder: input.mediaFolder.replace(/^static/, ''),
    slug: {encoding: 'ascii', clean_accents: true, sanitize_replacement: '-'},
    collections: collections(input),
  };
}
