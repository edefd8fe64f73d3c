/**
 * The feed of an edition's major changes, in Atom and JSON Feed, generated in memory (writing is
 * the plugin's postBuild). The current edition's feed has one item per change note of a page; a
 * frozen edition's feed has one item per erratum (its notes are its errata, listed once even when
 * an erratum corrects several pages). Dates are days (JJJJ-MM-DD, at 00:00 UTC): the feed of the
 * same content is the same file, whenever it is built.
 */
import {Feed} from 'feed';
import type {ErratumWeergave} from '../shared/types';
import {tekst, type TekstId} from '../shared/teksten';
import type {EditiePaginas} from './verzamel';

export interface FeedItem {
  /** Stable, unique: the page URL or errata URL with a fragment. */
  id: string;
  titel: string;
  datum: string;
  /** Where the item points: the page (or, for an erratum of several pages, its entry on the errata page). */
  url: string;
  /** Summary in plain text. */
  samenvatting: string;
  /** Full text as HTML (escaped): what changed, links to the page and its pinned URL. */
  html: string;
  /** For JSON Feed readers and portals: the pinned URL and the page id. */
  extra: {vaste_url?: string; pagina?: string; erratum?: string; paginas?: string[]};
}

export interface FeedInvoer {
  titel: string;
  beschrijving: string;
  taal: string;
  /** Absolute URL of the edition's start page. */
  home: string;
  urls: {atom: string; json: string};
  items: FeedItem[];
  /** Most items (newest first). */
  max: number;
  /** When there are no items: the feed's "updated" (keeps the file the same for the same content). */
  leegDatum: string;
}

const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const asDate = (datum: string) => new Date(`${datum}T00:00:00Z`);

export type Vertalingen = Readonly<Record<string, string>>;

/** Absolute URLs for paths below the base URL and the locale prefix. */
export type UrlVan = (pad: string) => string;

/** One item per change note of a page of the (current) edition, newest first. */
export function paginaItems(editie: EditiePaginas, url: UrlVan, t: Vertalingen): FeedItem[] {
  const items: FeedItem[] = [];
  for (const p of editie.paginas) {
    const seen = new Map<string, number>();
    // Oldest first, so an earlier note keeps its id when a newer one is added on top.
    for (const w of [...p.wijzigingen].reverse()) {
      const n = (seen.get(w.datum) ?? 0) + 1;
      seen.set(w.datum, n);
      const pageUrl = url(p.pad);
      const vast = url(p.vastPad);
      items.push({
        id: `${pageUrl}#wijziging-${w.datum}${n > 1 ? `-${n}` : ''}`,
        titel: p.titel,
        datum: w.datum,
        url: pageUrl,
        samenvatting: w.tekst,
        html: [
          `<p>${escape(w.tekst)}</p>`,
          `<p>${escape(tekst(t, 'kennisbank.wijzigingen.feed.pagina'))}: <a href="${escape(pageUrl)}">${escape(p.titel)}</a></p>`,
          vast !== pageUrl
            ? `<p>${escape(tekst(t, 'kennisbank.wijzigingen.feed.vasteUrl'))}: <a href="${escape(vast)}">${escape(vast)}</a></p>`
            : '',
        ].join(''),
        extra: {vaste_url: vast, pagina: p.id},
      });
    }
  }
  return items;
}

const SOORT_ID: Record<ErratumWeergave['soort'], TekstId> = {
  inhoud: 'kennisbank.errata.soort.inhoud',
  taal: 'kennisbank.errata.soort.taal',
  aanvulling: 'kennisbank.errata.soort.aanvulling',
  editie: 'kennisbank.errata.soort.editie',
};

/** One item per erratum of a frozen edition. */
export function errataItems(
  errata: readonly ErratumWeergave[],
  opties: {errataUrl: string; label: string; url: UrlVan},
  t: Vertalingen,
): FeedItem[] {
  return errata.map((e) => {
    const paginas = e.doelen.flatMap((d) => (d.soort === 'pagina' ? [d] : []));
    // An erratum of data only (the source descriptions) has no page to name: say what it corrects.
    const titels = paginas.length
      ? paginas.map((p) => p.titel)
      : e.doelen.some((d) => d.soort === 'bron')
        ? [tekst(t, 'kennisbank.wijzigingen.feed.bronnen')]
        : [];
    const shown =
      titels.length > 3
        ? `${titels.slice(0, 3).join(', ')} ${tekst(t, 'kennisbank.wijzigingen.feed.overige', {aantal: titels.length - 3})}`
        : titels.join(', ');
    const anchor = `${opties.errataUrl}#${e.id}`;
    const single = paginas.length === 1 ? opties.url(paginas[0]!.pad) : undefined;
    return {
      id: anchor,
      titel: `${tekst(t, SOORT_ID[e.soort])}${shown ? `: ${shown}` : ''}`,
      datum: e.datum,
      url: single ?? anchor,
      samenvatting: e.wat,
      html: [
        `<p>${escape(e.wat)}</p>`,
        `<p>${escape(tekst(t, 'kennisbank.wijzigingen.feed.waarom'))}: ${escape(e.waarom)}</p>`,
        ...e.bronnen.map(
          (b) =>
            `<p>${escape(tekst(t, 'kennisbank.wijzigingen.feed.bron'))}: ${escape(b.titel)} (${escape(b.waar)})</p>`,
        ),
        paginas.length
          ? `<ul>${paginas.map((p) => `<li><a href="${escape(opties.url(p.pad))}">${escape(p.titel)}</a></li>`).join('')}</ul>`
          : '',
        `<p><a href="${escape(anchor)}">${escape(tekst(t, 'kennisbank.wijzigingen.feed.alleErrata', {editie: opties.label.toLowerCase()}))}</a></p>`,
      ].join(''),
      extra: {erratum: e.id, paginas: paginas.map((p) => opties.url(p.pad))},
    };
  });
}

/** Newest first; on the same day, in a stable order. */
export function sorteer(items: readonly FeedItem[]): FeedItem[] {
  return [...items].sort((a, b) => b.datum.localeCompare(a.datum) || a.id.localeCompare(b.id));
}

export function maakFeed(invoer: FeedInvoer): {atom: string; json: string} {
  const items = sorteer(invoer.items).slice(0, invoer.max);
  const feed = new Feed({
    id: invoer.urls.atom,
    title: invoer.titel,
    description: invoer.beschrijving,
    link: invoer.home,
    language: invoer.taal,
    updated: asDate(items[0]?.datum ?? invoer.leegDatum),
    feedLinks: {atom: invoer.urls.atom, json: invoer.urls.json},
    copyright: 'CC BY 4.0, Kennisbank Gedeeld Opvoederschap',
    author: {name: 'Redactie Kennisbank Gedeeld Opvoederschap', link: invoer.home},
    generator: 'Kennisbank Gedeeld Opvoederschap',
  });
  for (const item of items) {
    feed.addItem({
      id: item.id,
      title: item.titel,
      link: item.url,
      date: asDate(item.datum),
      published: asDate(item.datum),
      description: escape(item.samenvatting),
      content: item.html,
      extensions: [{name: '_kennisbank', objects: item.extra}],
    });
  }
  return {atom: feed.atom1(), json: feed.json1()};
}
