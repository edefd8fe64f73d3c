/**
 * Internal links and anchors resolve: `/slug#anker`, `./pagina.md#anker`,
 * `#anker`, files such as /werkbladen/<id>.pdf and /kenniscafes/rss.xml.
 * External links (http, mailto) are not this rule's business.
 */
import path from 'node:path';
import {suggest} from '../validate';
import {headings, links, problem} from './markdown';
import type {Rule, RuleFile, SiteUrls} from './types';

const NAME = 'interne-links';

export function normalisePath(p: string): string {
  const clean = p.replace(/\/+$/, '');
  return clean === '' ? '/' : clean;
}

function resolveTarget(f: RuleFile, target: string, urls: SiteUrls): {page?: string; anchor?: string; error?: string} {
  const hashAt = target.indexOf('#');
  const pathPart = hashAt >= 0 ? target.slice(0, hashAt) : target;
  const anchor = hashAt >= 0 ? decodeURIComponent(target.slice(hashAt + 1)) : undefined;
  if (pathPart === '') return {page: urls.fileUrls.get(f.file), anchor};
  if (pathPart.startsWith('/')) return {page: normalisePath(decodeURI(pathPart.split('?')[0]!)), anchor};
  if (/\.mdx?$/.test(pathPart)) {
    const file = path.posix.normalize(path.posix.join(path.posix.dirname(f.file), decodeURI(pathPart)));
    const page = urls.fileUrls.get(file);
    if (!page) {
      return {
        error: `link "${target}" wijst naar het bestand ${file}, maar dat bestaat niet in deze editie. Controleer de bestandsnaam of gebruik de vaste URL, bijvoorbeeld "/handleiding/houding".${suggest(file, urls.fileUrls.keys())}`,
      };
    }
    return {page, anchor};
  }
  return {
    error: `link "${target}" is een relatief pad. Gebruik een vaste URL die met "/" begint (bijvoorbeeld "/handleiding/houding") of een link naar een .md-bestand.`,
  };
}

export const interneLinks: Rule = {
  name: NAME,
  check(f, {urls}) {
    const out = [];
    for (const l of links(f)) {
      if (l.image) continue;
      if (/^[a-z][a-z0-9+.-]*:/i.test(l.target) || l.target.startsWith('//')) continue; // http:, mailto:, pathname: …
      const r = resolveTarget(f, l.target, urls);
      if (r.error) {
        out.push(problem(f, l.line, NAME, r.error));
        continue;
      }
      const page = r.page!;
      if (urls.files.has(page)) continue;
      if (!urls.pages.has(page)) {
        out.push(
          problem(
            f,
            l.line,
            NAME,
            `link "${l.target}" gaat naar een pagina die niet bestaat. Gebruik een bestaande vaste URL (zie de lijst met afgesproken slugs in CONTRIBUTING.md).${suggest(page, urls.pages.keys())}`,
          ),
        );
        continue;
      }
      const ids = urls.pages.get(page);
      if (r.anchor !== undefined && ids && !ids.has(r.anchor)) {
        out.push(
          problem(
            f,
            l.line,
            NAME,
            `link "${l.target}": de pagina ${page} heeft geen kop met id "${r.anchor}". Kies een id die op die pagina tussen {# } achter een kop staat.${suggest(r.anchor, ids)}`,
          ),
        );
      }
    }
    return out;
  },
};

/** Heading ids of one file, for the site index. */
export function anchorsOf(f: Pick<RuleFile, 'body' | 'bodyLine'>): Set<string> {
  return new Set(headings(f).map((h) => h.id));
}
