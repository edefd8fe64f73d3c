/** Shared between server (build) and client (theme components): plain data only. */

/** One glossary term as the A–Z page, the term page and the inline explanation need it. */
export interface Begrip {
  /** Stable id = file name = last part of the slug, e.g. "gezinshuisouder". */
  id: string;
  /** The term as a reader sees it, e.g. "gezinshuisouder". */
  term: string;
  /** URL path of the term's own page, without base URL or locale, e.g. "/begrippen/gezinshuisouder". */
  permalink: string;
  definitie: string;
  engels: string;
  aliases: string[];
  verwant: string[];
}

/** Global data of the plugin: the terms of every docs version ("current", "2021" …), sorted A–Z. */
export interface BegrippenGlobalData {
  versions: Record<string, Begrip[]>;
}

export const PLUGIN_NAME = 'begrippen';
