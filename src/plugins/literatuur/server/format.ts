/**
 * Build-time formatting of the bibliography with Citation.js: APA references
 * (HTML, with DOI and URL links) per key, and the BibTeX and RIS exports.
 * Runs only in Node (the plugin's loadContent); the browser gets strings.
 */
import {Cite, plugins} from '@citation-js/core';
import * as cheerio from 'cheerio';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type {FormattedEntry} from '../shared';

// Our keys contain "-" (e.g. "vandekoot-inprocess"), which BibTeX and biblatex
// accept but Citation.js's conservative label check would replace with a
// generated label. Keys must match the site's, so the check is off.
(plugins.config.get('@bibtex') as {format: {checkLabel: boolean}}).format.checkLabel = false;

/** The CSL-JSON fields this site uses; others pass through to Citation.js. */
export interface CslEntry {
  id: string;
  type: string;
  title?: string;
  DOI?: string;
  URL?: string;
  note?: string;
  custom?: {bron?: string; context?: string};
  [field: string]: unknown;
}

export interface FormattedBibliography {
  /** in APA order (by author, then year) */
  entries: FormattedEntry[];
}

const APA = {template: 'apa', lang: 'en-US'} as const;

/** Fails with the entry named when the bibliography has a structural error. */
export function checkEntries(data: unknown, file: string): CslEntry[] {
  if (!Array.isArray(data)) throw new Error(`${file}: verwacht een lijst (CSL-JSON array) van publicaties`);
  const seen = new Set<string>();
  data.forEach((e: unknown, i) => {
    const entry = e as Partial<CslEntry> | null;
    if (!entry || typeof entry.id !== 'string' || entry.id === '') {
      throw new Error(`${file}: publicatie nr. ${i + 1} heeft geen "id"; geef elke publicatie een unieke sleutel`);
    }
    if (typeof entry.type !== 'string') {
      throw new Error(
        `${file}: publicatie "${entry.id}" heeft geen "type" (bijvoorbeeld "article-journal" of "document")`,
      );
    }
    if (seen.has(entry.id)) throw new Error(`${file}: de sleutel "${entry.id}" komt twee keer voor; maak hem uniek`);
    seen.add(entry.id);
  });
  return data as CslEntry[];
}

/** Escaped http(s) URLs in Citation.js's HTML become links; the text stays the same. */
export function linkUrls(html: string): string {
  return html.replace(/https?:\/\/[^\s<>"]+[^\s<>".,;)]/g, (url) => `<a href="${url}">${url}</a>`);
}

/**
 * One reference from Citation.js's HTML: its markup inside the `csl-entry` wrapper,
 * cut from the original string (the parser finds the wrapper; the markup stays
 * byte for byte what Citation.js wrote), and the text a reader sees, entities decoded.
 */
export function readEntry(html: string): {inner: string; text: string} {
  const $ = cheerio.load(html, {sourceCodeLocationInfo: true}, false);
  const entry = $('.csl-entry').get(0);
  const at = entry?.sourceCodeLocation;
  const inner = at?.startTag && at.endTag ? html.slice(at.startTag.endOffset, at.endTag.startOffset) : html;
  const text = entry ? $(entry).text() : $.root().text();
  return {inner: inner.trim(), text: text.trim()};
}

export function formatBibliography(entries: readonly CslEntry[]): FormattedBibliography {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const cite = new Cite(entries.map((e) => ({...e})));
  const pairs = cite.format('bibliography', {format: 'html', ...APA, asEntryArray: true}) as unknown as [
    string,
    string,
  ][];
  return {
    entries: pairs.map(([id, raw]) => {
      const src = byId.get(id);
      const {inner, text} = readEntry(raw);
      return {
        id,
        html: linkUrls(inner),
        text,
        ...(src?.DOI ? {doi: src.DOI} : {}),
        ...(src?.note ? {note: src.note} : {}),
        ...(src?.custom?.bron ? {bron: src.custom.bron} : {}),
        ...(src?.custom?.context ? {context: src.custom.context} : {}),
      };
    }),
  };
}

/** BibTeX with the site's own keys (`citation-key`), so \cite{noordegraaf2020} matches the pages. */
export function toBibtex(entries: readonly CslEntry[]): string {
  return String(new Cite(entries.map((e) => ({...e, 'citation-key': e.id}))).format('bibtex', {format: 'text'}));
}

type RisRecord = Record<string, string | number | (string | number)[]>;

/**
 * RIS from Citation.js's tag mapping, serialised here for two reasons: its text
 * output cuts ID to 20 characters (the 1990s spec limit, which Zotero, EndNote
 * and Mendeley no longer enforce) and wraps lines at 70 characters, which
 * breaks long URLs on import. One tag per line, the site's key as ID.
 */
export function toRis(entries: readonly CslEntry[]): string {
  const records = new Cite(entries.map((e) => ({...e}))).format('ris', {format: 'object'}) as unknown as RisRecord[];
  return records
    .map((rec, i) => {
      const lines = [`TY  - ${String(rec.TY)}`];
      for (const [tag, value] of Object.entries(rec)) {
        if (tag === 'TY') continue;
        const v = tag === 'ID' ? entries[i]!.id : value;
        for (const one of ([] as (string | number)[]).concat(v))
          lines.push(`${tag}  - ${String(one).replace(/\s*\n\s*/g, ' ')}`);
      }
      lines.push('ER  - ');
      return lines.join('\n');
    })
    .join('\n\n')
    .concat('\n');
}
