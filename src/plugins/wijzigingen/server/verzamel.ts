/**
 * From what Docusaurus loaded (docs per version, with the front matter markdown.parseFrontMatter
 * validated and completed, and the kenniscafés) to the pages of each edition as the feeds, the API
 * and the errata pages need them. Pure: no I/O.
 */
import type {LoadedContent as DocsContent} from '@docusaurus/plugin-content-docs';
import type {BlogContent} from '@docusaurus/plugin-content-blog';
import {KENNISCAFE_TYPE, URLS, editionPath, pinnedEditionPath} from '../../../content/vocabulary';
import type {WijzigingNotitie} from '../shared/types';

export interface PaginaInfo {
  /** The docs plugin's id ("handleiding/houding"), or "kenniscafes/<slug>" for a kenniscafé. */
  id: string;
  titel: string;
  /** Front matter `type`; "kenniscafe" for a blog post. */
  type: string;
  /** Path below base URL and locale prefix: /handleiding/houding, /2021/handleiding/houding. */
  pad: string;
  /** Path that names the edition: /2024/handleiding/houding (equal to `pad` in a frozen edition). */
  vastPad: string;
  /** Site-relative source file (docs/…, versioned_docs/…, blog/…). */
  bestand: string;
  kortGezegd?: string;
  /** Newest first; on a frozen edition's page these are its errata. */
  wijzigingen: WijzigingNotitie[];
  begrip?: {term: string; aliases: string[]; definitie: string};
}

export interface EditiePaginas {
  /** Docs version name: "current", "2021". */
  editie: string;
  label: string;
  paginas: PaginaInfo[];
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/** "@site/docs/x.md" → "docs/x.md". */
export function bronBestand(source: string): string {
  return source.replace(/^@site\//, '');
}

function notities(fm: Record<string, unknown>): WijzigingNotitie[] {
  const list = Array.isArray(fm.wijzigingen) ? (fm.wijzigingen as WijzigingNotitie[]) : [];
  return list.map((w) => ({datum: w.datum, tekst: w.tekst, ...(w.erratum ? {erratum: w.erratum} : {})}));
}

/** Every listed doc of every edition; kenniscafés go with the current edition. */
export function verzamel(docs: DocsContent, blog: BlogContent | undefined, currentEdition: string): EditiePaginas[] {
  return docs.loadedVersions.map((v) => {
    const paginas: PaginaInfo[] = [];
    for (const doc of v.docs) {
      if (doc.unlisted) continue;
      const fm = doc.frontMatter as Record<string, unknown>;
      const slug = str(fm.slug) ?? doc.slug;
      const type = str(fm.type) ?? 'info';
      paginas.push({
        id: doc.id,
        titel: doc.title,
        type,
        pad: editionPath(v.versionName, slug),
        vastPad: pinnedEditionPath(v.versionName, slug),
        bestand: bronBestand(doc.source),
        kortGezegd: str(fm.kort_gezegd),
        wijzigingen: notities(fm),
        ...(type === 'begrip'
          ? {
              begrip: {
                term: str(fm.term) ?? doc.title,
                aliases: Array.isArray(fm.aliases) ? fm.aliases.filter((a): a is string => typeof a === 'string') : [],
                definitie: str(fm.definitie) ?? '',
              },
            }
          : {}),
      });
    }
    if (v.versionName === currentEdition) {
      for (const post of blog?.blogPosts ?? []) {
        const m = post.metadata;
        if (m.unlisted) continue;
        const fm = m.frontMatter as Record<string, unknown>;
        // The schema requires a slug on every kenniscafé: its URL is /kenniscafes/<slug>.
        const slug = str(fm.slug) ?? m.permalink.split('/').pop()!;
        const pad = `${URLS.blog}/${slug}`;
        paginas.push({
          id: `${URLS.blog.slice(1)}/${slug}`,
          titel: m.title,
          type: KENNISCAFE_TYPE,
          pad,
          vastPad: pad,
          bestand: bronBestand(m.source),
          wijzigingen: notities(fm),
        });
      }
    }
    paginas.sort((a, b) => a.pad.localeCompare(b.pad));
    return {editie: v.versionName, label: v.label, paginas};
  });
}
