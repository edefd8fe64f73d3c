/**
 * A small reader for PDF content streams (ISO 32000-1, 7.8.2): enough to
 * find painting operators that sit outside every marked-content sequence and
 * wrap them as /Artifact. Chromium tags the text of the page, but draws the
 * @page margin boxes (our running footer) unmarked; PDF/UA wants every piece
 * of content to be either structure or artifact, and a running footer is an
 * artifact. Pure: latin1 text in, latin1 text out.
 */

export interface Op {
  operator: string;
  /** Offsets of the whole operation (operands included) in the stream text. */
  start: number;
  end: number;
}

const WS = new Set(['\0', '\t', '\n', '\f', '\r', ' ']);
const DELIM = new Set(['(', ')', '<', '>', '[', ']', '{', '}', '/', '%']);

/** Operators that put marks on the page. */
const PAINTING = new Set(['Tj', 'TJ', "'", '"', 'Do', 'sh', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*', 'S', 's', 'BI']);

export function parseOps(text: string): Op[] {
  const ops: Op[] = [];
  let i = 0;
  let opStart = -1;
  const n = text.length;
  while (i < n) {
    const c = text[i]!;
    if (WS.has(c)) {
      i++;
      continue;
    }
    if (c === '%') {
      while (i < n && text[i] !== '\n' && text[i] !== '\r') i++;
      continue;
    }
    if (opStart < 0) opStart = i;
    if (c === '(') {
      let depth = 0;
      for (; i < n; i++) {
        const ch = text[i];
        if (ch === '\\') i++;
        else if (ch === '(') depth++;
        else if (ch === ')' && --depth === 0) break;
      }
      i++;
    } else if (c === '<' && text[i + 1] === '<') {
      i += 2;
    } else if (c === '>' && text[i + 1] === '>') {
      i += 2;
    } else if (c === '<') {
      i = text.indexOf('>', i) + 1;
      if (i === 0) throw new Error('PDF-inhoud: hex-tekenreeks zonder einde');
    } else if (c === '[' || c === ']' || c === '{' || c === '}') {
      i++;
    } else if (c === '/') {
      i++;
      while (i < n && !WS.has(text[i]!) && !DELIM.has(text[i]!)) i++;
    } else {
      const s = i;
      while (i < n && !WS.has(text[i]!) && !DELIM.has(text[i]!)) i++;
      const word = text.slice(s, i);
      if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word) && word !== 'true' && word !== 'false' && word !== 'null') {
        if (word === 'BI') {
          // Inline image: its data runs to whitespace + EI + whitespace.
          const ei = text.slice(i).search(/\sEI(?=\s|$)/);
          if (ei < 0) throw new Error('PDF-inhoud: inline-afbeelding zonder EI');
          i += ei + 3;
        }
        ops.push({operator: word, start: opStart, end: i});
        opStart = -1;
      }
    }
  }
  return ops;
}

/** Runs of operations outside any marked content that paint something. */
export function unmarkedPaintingRuns(ops: readonly Op[]): {from: number; to: number}[] {
  const runs: {from: number; to: number}[] = [];
  let depth = 0;
  let runStart = -1;
  let paints = false;
  let inText = 0;
  const close = (last: number) => {
    if (runStart >= 0 && paints) {
      if (inText !== 0)
        throw new Error('PDF-inhoud: een stuk zonder markering begint of eindigt midden in een tekstblok (BT/ET)');
      runs.push({from: runStart, to: last});
    }
    runStart = -1;
    paints = false;
    inText = 0;
  };
  // Marked content that opens inside an unmarked text object (Chromium's /Span /ActualText
  // around a ligature) belongs to that run: it is nested in it, not a boundary.
  let nestedFrom = -1;
  ops.forEach((op, idx) => {
    if (op.operator === 'BDC' || op.operator === 'BMC') {
      if (depth === 0 && runStart >= 0 && inText > 0) nestedFrom = depth;
      else if (depth === 0) close(idx - 1);
      depth++;
      return;
    }
    if (op.operator === 'EMC') {
      depth = Math.max(0, depth - 1);
      if (depth === nestedFrom) nestedFrom = -1;
      return;
    }
    if (depth > 0 && nestedFrom < 0) return;
    if (PAINTING.has(op.operator) && depth === 0) paints = true;
    if (depth > 0) {
      if (PAINTING.has(op.operator)) paints = true;
      return;
    }
    if (runStart < 0) runStart = idx;
    if (op.operator === 'BT') inText++;
    if (op.operator === 'ET') inText--;
  });
  close(ops.length - 1);
  return runs;
}

/** The stream with every unmarked painting run wrapped in /Artifact BMC … EMC. */
export function markArtifacts(text: string): {text: string; wrapped: number} {
  const ops = parseOps(text);
  const runs = unmarkedPaintingRuns(ops);
  let out = '';
  let pos = 0;
  for (const {from, to} of runs) {
    const s = ops[from]!.start;
    const e = ops[to]!.end;
    out += `${text.slice(pos, s)}/Artifact BMC\n${text.slice(s, e)}\nEMC`;
    pos = e;
  }
  return {text: out + text.slice(pos), wrapped: runs.length};
}

/** Whether any painting operator is outside marked content (what the checker reports). */
export function hasUnmarkedPainting(text: string): boolean {
  return unmarkedPaintingRuns(parseOps(text)).length > 0;
}
