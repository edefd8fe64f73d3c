/**
 * Minor or major? A pull request that changes what a page says should add a change note
 * (front matter `wijzigingen`); one that fixes a typo should not. This compares the text a reader
 * sees — title, description, Kort gezegd, a term's definition and the body, through the site's
 * Markdown toolkit — before and after, word by word.
 *
 * The rule (also in CONTRIBUTING.md): an edit is minor when at most MAX_KLEINE_WIJZIGING words
 * changed, not counting spelling-level edits — a word replaced by one that differs in at most
 * two letters (a typo, a capital, an accent), punctuation, spacing and Markdown layout. Anything
 * more is major, and without a new change note `npm run check` warns. A warning, not an error:
 * a long rewrite can keep the meaning, and a one-word change ("niet") can change it; the editor
 * decides.
 */
import {bodyAfterFrontMatter, formatOf, parseMarkdown, textRuns} from './markdown';
import {levenshtein, type Problem} from './problems';
import {frontMatterLine} from './problems';

/** More changed words than this is a major change. */
export const MAX_KLEINE_WIJZIGING = 3;

/** Front matter fields a reader sees as text. */
const ZICHTBARE_VELDEN = ['title', 'description', 'kort_gezegd', 'term', 'definitie', 'sinds2021'] as const;

/** A word as compared: lower case, without surrounding punctuation. */
export function normaliseer(word: string): string {
  return word
    .normalize('NFC')
    .toLowerCase()
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/** The words a reader sees on a page, in reading order (front matter fields first). */
export function leesbareWoorden(raw: string, file: string, frontMatter: Record<string, unknown>): string[] {
  const parts: string[] = [];
  for (const field of ZICHTBARE_VELDEN) {
    const v = frontMatter[field];
    if (typeof v === 'string') parts.push(v);
  }
  try {
    const tree = parseMarkdown(bodyAfterFrontMatter(raw), formatOf(file));
    parts.push(...textRuns(tree).map((r) => r.text));
  } catch {
    // Markdown that does not parse is reported by the content check itself; compare the raw text.
    parts.push(bodyAfterFrontMatter(raw));
  }
  return parts
    .join(' ')
    .split(/\s+/)
    .map(normaliseer)
    .filter((w) => w !== '');
}

export interface WoordVerschil {
  /** Words added, removed or replaced, spelling-level edits not counted. */
  veranderd: number;
  /** Replacements that count as spelling (a typo fixed). */
  spelling: number;
  /** A few of the changed words, for the message. */
  voorbeelden: string[];
}

/** A typo-sized difference: at most two letters, for words longer than three letters. */
const isSpelling = (a: string, b: string) => Math.min(a.length, b.length) > 3 && levenshtein(a, b) <= 2;

/** Word-level difference (longest common subsequence), replacements paired within each changed stretch. */
export function woordVerschil(oud: readonly string[], nieuw: readonly string[]): WoordVerschil {
  // Common start and end first: most edits touch one place, so the table stays small.
  let start = 0;
  while (start < oud.length && start < nieuw.length && oud[start] === nieuw[start]) start++;
  let end = 0;
  while (
    end < oud.length - start &&
    end < nieuw.length - start &&
    oud[oud.length - 1 - end] === nieuw[nieuw.length - 1 - end]
  )
    end++;
  const a = oud.slice(start, oud.length - end);
  const b = nieuw.slice(start, nieuw.length - end);
  const n = a.length;
  const m = b.length;
  const lcs: Uint32Array[] = Array.from({length: n + 1}, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  let veranderd = 0;
  let spelling = 0;
  const voorbeelden: string[] = [];
  let weg: string[] = [];
  let bij: string[] = [];
  const flush = () => {
    const pairs = Math.min(weg.length, bij.length);
    for (let k = 0; k < pairs; k++) {
      if (isSpelling(weg[k]!, bij[k]!)) spelling++;
      else {
        veranderd++;
        if (voorbeelden.length < 3) voorbeelden.push(`${weg[k]} → ${bij[k]}`);
      }
    }
    for (const w of weg.slice(pairs)) {
      veranderd++;
      if (voorbeelden.length < 3) voorbeelden.push(`− ${w}`);
    }
    for (const w of bij.slice(pairs)) {
      veranderd++;
      if (voorbeelden.length < 3) voorbeelden.push(`+ ${w}`);
    }
    weg = [];
    bij = [];
  };
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      flush();
      i++;
      j++;
    } else if (j >= m || (i < n && lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) {
      weg.push(a[i++]!);
    } else {
      bij.push(b[j++]!);
    }
  }
  flush();
  return {veranderd, spelling, voorbeelden};
}

export interface PaginaVersie {
  raw: string;
  frontMatter: Record<string, unknown>;
}

export interface GewijzigdePagina {
  /** Site-relative path now. */
  file: string;
  /** The page in the base branch; undefined for a new page (which needs no note). */
  oud?: PaginaVersie;
  nieuw: PaginaVersie;
}

const notities = (fm: Record<string, unknown>): string[] =>
  Array.isArray(fm.wijzigingen)
    ? (fm.wijzigingen as {datum?: unknown; tekst?: unknown}[]).map((w) => `${String(w.datum)}\n${String(w.tekst)}`)
    : [];

/** A warning for every page whose text changed beyond a minor edit without a new change note. */
export function ongeregistreerdeWijzigingen(paginas: readonly GewijzigdePagina[], vandaag: string): Problem[] {
  const out: Problem[] = [];
  for (const p of paginas) {
    if (!p.oud) continue;
    const before = new Set(notities(p.oud.frontMatter));
    if (notities(p.nieuw.frontMatter).some((n) => !before.has(n))) continue;
    const verschil = woordVerschil(
      leesbareWoorden(p.oud.raw, p.file, p.oud.frontMatter),
      leesbareWoorden(p.nieuw.raw, p.file, p.nieuw.frontMatter),
    );
    if (verschil.veranderd <= MAX_KLEINE_WIJZIGING) continue;
    out.push({
      file: p.file,
      line: frontMatterLine(p.nieuw.raw, ['wijzigingen']),
      severity: 'waarschuwing',
      message: `de tekst veranderde meer dan een kleine correctie (${verschil.veranderd} woorden anders, bijvoorbeeld ${verschil.voorbeelden.map((v) => `„${v}”`).join(', ')}), maar er is geen nieuwe wijziging vastgelegd. Verandert wat de pagina zegt? Zet dan bovenaan de lijst "wijzigingen" in de front matter een wijziging met datum: "${vandaag}" en tekst: "…" (in één zin wat er veranderde). Is het alleen taal of opmaak, met dezelfde betekenis? Dan mag deze waarschuwing blijven staan. [grote-wijziging]`,
    });
  }
  return out;
}
