/**
 * [[begrippen]] in the editor's preview: shown as on the site (a link to the term
 * with its short explanation), and a word that is no term flagged where the
 * contributor sees it, with the nearest term, before `npm run check` says so.
 * Pure: the preview (client) and the unit tests share it; the plugin writes the
 * terms (server/write.ts glossaryFor).
 */
import {MARKER} from '../../../content/markdown/markers';
import {normalise} from '../../../content/glossary';
import {suggest} from '../../../content/problems';

export interface PreviewTerm {
  term: string;
  permalink: string;
  definitie: string;
  /** Term, aliases and id, normalised: what a marker may say. */
  words: string[];
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface Marked {
  text: string;
  /** Markers whose word is no term, alias or id. */
  unknown: string[];
}

/** The text with each marker as HTML the Markdown preview shows: a term link, or a flagged unknown word. */
export function markBegrippen(text: string, terms: readonly PreviewTerm[]): Marked {
  const lookup = new Map<string, PreviewTerm>();
  for (const t of terms) for (const w of t.words) lookup.set(w, t);
  const unknown: string[] = [];
  const out = text.replace(MARKER, (_raw, target: string, shown?: string) => {
    const visible = (shown ?? target).trim();
    const t = lookup.get(normalise(target));
    if (t) return `<a class="beheer-begrip" href="${esc(t.permalink)}" title="${esc(t.definitie)}">${esc(visible)}</a>`;
    unknown.push(target.trim());
    const hint = suggest(
      target,
      terms.map((x) => x.term),
    ).trim();
    return `<mark class="beheer-onbekend" title="Onbekend begrip">${esc(visible)} (onbekend begrip${hint ? `. ${esc(hint)}` : ''})</mark>`;
  });
  return {text: out, unknown};
}
