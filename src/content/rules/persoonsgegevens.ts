/**
 * No obvious personal data in content: e-mail addresses and phone numbers.
 * Names and identifying details cannot be found by a pattern; CONTRIBUTING.md
 * and the pull-request checklist ask people to check those themselves.
 * An address may only appear in the one file the allowlist names for it
 * (personal-data.allowlist.json), never in a page.
 */
import {problem, type AllowlistEntry, type Rule} from './types';

const NAME = 'persoonsgegevens';

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
// Dutch numbers: 06-12345678, 06 1234 5678, 010-1234567, +31 6 12345678, 0031 20 123 4567.
const PHONE = /(?<![\w/.-])(?:(?:\+|00)31[\s-]?(?:\(0\))?[\s-]?[1-9]|0[1-9])(?:[\s-]?\d){8}(?![\w-])/g;
// The area code in brackets: (020) 123 4567, (0341) 12 34 56.
const PHONE_BRACKETS = /\(0[1-9]\d{1,2}\)[\s-]?\d(?:[\s-]?\d){5,7}(?![\w-])/g;

function allowed(value: string, file: string, allowlist: readonly AllowlistEntry[]): boolean {
  return allowlist.some((a) => a.waarde.toLowerCase() === value.toLowerCase() && a.bestand === file);
}

/** Scans any text (a content file or a data file) line by line. */
export function scanPersonalData(file: string, raw: string, allowlist: readonly AllowlistEntry[]) {
  const out = [];
  const lines = raw.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!;
    for (const m of text.matchAll(EMAIL)) {
      if (allowed(m[0], file, allowlist)) continue;
      out.push(
        problem(
          {file},
          i + 1,
          NAME,
          `e-mailadres "${m[0]}" gevonden. Zet geen e-mailadressen op een pagina, ook niet van een organisatie: noem de organisatie of de bron zonder adres.`,
        ),
      );
    }
    for (const m of [...text.matchAll(PHONE), ...text.matchAll(PHONE_BRACKETS)]) {
      out.push(
        problem(
          {file},
          i + 1,
          NAME,
          `telefoonnummer "${m[0].trim()}" gevonden. Zet geen telefoonnummers op de site; haal het nummer weg.`,
        ),
      );
    }
  }
  return out;
}

export const persoonsgegevens: Rule = {
  name: NAME,
  // The whole file: front matter counts too (a description or author field can leak an address).
  check: (f, ctx) => scanPersonalData(f.file, f.raw, ctx.allowlist),
};
