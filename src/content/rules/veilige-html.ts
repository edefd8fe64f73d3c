/**
 * No raw <script>, <iframe> or inline event handlers in content: the site's
 * CSP would block them anyway, and a contribution must never run code.
 */
import {bodyLines, problem} from './markdown';
import type {Rule} from './types';

const NAME = 'veilige-html';

const FORBIDDEN: [RegExp, (m: string) => string][] = [
  [/<script\b/gi, () => '<script> is niet toegestaan: een bijdrage mag geen code uitvoeren. Haal het blok weg.'],
  [
    /<iframe\b/gi,
    () => '<iframe> is niet toegestaan: de site laadt niets van andere websites. Zet er een gewone link naar de bron voor in de plaats.',
  ],
  [
    /<[a-z][^>]*\s(on[a-z]+)\s*=/gi,
    (m) => `${/\s(on[a-z]+)\s*=/i.exec(m)![1]!}=… is niet toegestaan: een bijdrage mag geen code uitvoeren. Gebruik gewone markdown zonder HTML.`,
  ],
  [/\]\(\s*javascript:/gi, () => 'een javascript:-link is niet toegestaan. Gebruik een gewone link die met "/" of "https://" begint.'],
];

export const veiligeHtml: Rule = {
  name: NAME,
  check(f) {
    const out = [];
    for (const {line, text} of bodyLines(f)) {
      for (const [re, msg] of FORBIDDEN) {
        for (const m of text.matchAll(re)) out.push(problem(f, line, NAME, msg(m[0])));
      }
    }
    return out;
  },
};
