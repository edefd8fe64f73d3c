/**
 * Internal links and anchors resolve: `/slug#anker`, `./pagina.md#anker`,
 * `#anker`, and files such as /werkbladen/<id>.pdf and /kenniscafes/rss.xml.
 * External links (https, mailto) are not this rule's business; javascript:
 * links are the safe-HTML rule's.
 */
import path from 'node:path';
import {links} from '../markdown';
import {suggest} from '../problems';
import {problem, type Rule, type RuleFile, type SiteUrls} from './types';

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
    for (const l of links(f.tree)) {
      if (l.kind === 'image') continue;
      // pathname:///x is a file of this site that the router must not handle (a download): it must exist too.
      const url = l.url.startsWith('pathname://') ? l.url.slice('pathname://'.length) : l.url;
      if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) continue; // https:, mailto: …
      const r = resolveTarget(f, url, urls);
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
            `link "${l.url}" gaat naar een pagina of bestand dat niet bestaat. Gebruik een bestaande vaste URL (zie de lijst met afgesproken slugs in CONTRIBUTING.md).${suggest(page, urls.pages.keys())}`,
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
            `link "${l.url}": de pagina ${page} heeft geen kop met id "${r.anchor}". Kies een id die op die pagina tussen {# } achter een kop staat.${suggest(r.anchor, ids)}`,
          ),
        );
      }
    }
    return out;
  },
};
