/**
 * No code and nothing from elsewhere in content: no <script>, <iframe>,
 * <object>, <embed>, inline event handlers or javascript: links. The site's CSP
 * would block them anyway, and a contribution must never run code.
 */
import {links, markup} from '../markdown';
import {problem, type Rule} from './types';

const NAME = 'veilige-html';

const ELEMENTS: Record<string, string> = {
  script: '<script> is niet toegestaan: een bijdrage mag geen code uitvoeren. Haal het blok weg.',
  iframe:
    '<iframe> is niet toegestaan: de site laadt niets van andere websites. Zet er een gewone link naar de bron voor in de plaats.',
  object:
    '<object> is niet toegestaan: de site laadt niets van andere websites en voert geen ingebedde code uit. Zet er een gewone link voor in de plaats.',
  embed:
    '<embed> is niet toegestaan: de site laadt niets van andere websites en voert geen ingebedde code uit. Zet er een gewone link voor in de plaats.',
};
const handler = (name: string) =>
  `${name}=… is niet toegestaan: een bijdrage mag geen code uitvoeren. Gebruik gewone markdown zonder HTML.`;
const JAVASCRIPT = 'een javascript:-link is niet toegestaan. Gebruik een gewone link die met "/" of "https://" begint.';

export const veiligeHtml: Rule = {
  name: NAME,
  check(f) {
    const out = [];
    for (const m of markup(f.tree)) {
      if (m.kind === 'html') {
        // Comments are never shown or run; blank them, keeping line breaks for the line numbers.
        const html = m.value.replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, ' '));
        for (const tag of html.matchAll(/<([a-z][a-z0-9-]*)\b([^>]*)>?/gi)) {
          const line = m.line + (html.slice(0, tag.index).match(/\n/g)?.length ?? 0);
          const message = ELEMENTS[tag[1]!.toLowerCase()];
          if (message) out.push(problem(f, line, NAME, message));
          for (const h of tag[2]!.matchAll(/\s(on[a-z]+)\s*=/gi)) out.push(problem(f, line, NAME, handler(h[1]!)));
          if (/\s(?:href|src)\s*=\s*["']?\s*javascript:/i.test(tag[2]!)) out.push(problem(f, line, NAME, JAVASCRIPT));
        }
      } else {
        const message = ELEMENTS[m.value.toLowerCase()];
        if (message) out.push(problem(f, m.line, NAME, message));
        for (const name of Object.keys(m.attributes))
          if (/^on[a-z]+$/i.test(name)) out.push(problem(f, m.line, NAME, handler(name)));
      }
    }
    for (const l of links(f.tree)) if (/^\s*javascript:/i.test(l.url)) out.push(problem(f, l.line, NAME, JAVASCRIPT));
    return out;
  },
};
