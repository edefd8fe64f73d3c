/**
 * From what Docusaurus loaded (docs per version with locale fallback applied,
 * blog posts) to PageInputs per docs version. The docs plugin keeps metadata
 * and front matter but not the text, so a doc's body is read from the source
 * file the docs plugin names; the toolkit (server/markdown.ts) turns it into
 * reader text.
 */
import fs from 'node:fs';
import path from 'node:path';
import {formatOf} from '../../../content/markdown';
import {ContentError, type Problem} from '../../../content/problems';
import {KENNISCAFE_TYPE} from '../../../content/vocabulary';
import {readZoekwoorden, type Zoekwoord} from '../../../content/zoekwoorden';
import {readZoekvragen, type Zoekvraag} from '../../../content/zoekvragen';
import type {LoadedContent as DocsContent} from '@docusaurus/plugin-content-docs';
import type {BlogContent} from '@docusaurus/plugin-content-blog';
import type {PageInput, SynonymGroup} from './buildIndex';

export const BLOG_TYPE = KENNISCAFE_TYPE;

export interface VersionPages {
  version: string;
  edition: string;
  pages: PageInput[];
}

export function resolveSource(siteDir: string, source: string): string {
  return source.startsWith('@site/') ? path.join(siteDir, source.slice('@site/'.length)) : source;
}

export function relativePath(permalink: string, baseUrl: string): string {
  const p = permalink.startsWith(baseUrl) ? permalink.slice(baseUrl.length) : permalink.replace(/^\//, '');
  return p.replace(/\/$/, '');
}

export function stringField(fm: Record<string, unknown>, key: string): string | undefined {
  const v = fm[key];
  return typeof v === 'string' ? v : undefined;
}

/** The description as indexed: with the page's "Kort gezegd" after it, so its words find the page's first section too. */
export function indexedDescription(description: string | undefined, fm: Record<string, unknown>): string | undefined {
  const kort = stringField(fm, 'kort_gezegd');
  return kort ? [description, kort].filter(Boolean).join(' ') : description;
}

/** Glossary synonyms from docs with `type: begrip` (front matter `term` + `aliases`). */
export function synonymsFrom(frontMatters: readonly Record<string, unknown>[]): SynonymGroup[] {
  const groups: SynonymGroup[] = [];
  for (const fm of frontMatters) {
    if (fm.type !== 'begrip') continue;
    const term = stringField(fm, 'term') ?? stringField(fm, 'title');
    const aliases = Array.isArray(fm.aliases) ? fm.aliases.filter((a): a is string => typeof a === 'string') : [];
    if (term && aliases.length > 0) groups.push({term, aliases});
  }
  return groups;
}

export function collectPages(args: {siteDir: string; baseUrl: string; docs?: DocsContent; blog?: BlogContent}): {
  versions: VersionPages[];
  synonyms: SynonymGroup[];
} {
  const versions: VersionPages[] = [];
  const frontMatters: Record<string, unknown>[] = [];
  for (const v of args.docs?.loadedVersions ?? []) {
    const pages: PageInput[] = [];
    for (const doc of v.docs) {
      const fm = doc.frontMatter as Record<string, unknown>;
      if (fm.unlisted === true || doc.unlisted) continue;
      frontMatters.push(fm);
      const file = resolveSource(args.siteDir, doc.source);
      const body = fs.readFileSync(file, 'utf8');
      pages.push({
        format: formatOf(file),
        path: relativePath(doc.permalink, args.baseUrl),
        title: doc.title,
        description: indexedDescription(doc.description, fm),
        type: stringField(fm, 'type') ?? 'info',
        body,
      });
    }
    versions.push({version: v.versionName, edition: v.label, pages});
  }
  const current = versions.find((v) => v.version === 'current') ?? versions[0];
  if (current && args.blog) {
    for (const post of args.blog.blogPosts) {
      if (post.metadata.unlisted) continue;
      current.pages.push({
        path: relativePath(post.metadata.permalink, args.baseUrl),
        title: post.metadata.title,
        description: post.metadata.description,
        type: BLOG_TYPE,
        body: post.content,
        format: formatOf(post.metadata.source),
      });
    }
  }
  return {versions, synonyms: synonymsFrom(frontMatters)};
}

/** A data file's entries; a broken file stops the build with its problems (as `npm run check` reports them). */
function entriesOrThrow<T>({entries, problems}: {entries: T[]; problems: readonly Problem[]}): T[] {
  if (problems.length > 0) throw new ContentError(problems);
  return entries;
}

/** The reader questions per page or section. */
export const readZoekvragenOrThrow = (siteDir: string, dir: string): Zoekvraag[] =>
  entriesOrThrow(readZoekvragen(siteDir, dir));

/** The everyday-words list. */
export const readZoekwoordenOrThrow = (siteDir: string, file: string): Zoekwoord[] =>
  entriesOrThrow(readZoekwoorden(siteDir, file));
