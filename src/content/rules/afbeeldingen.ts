/**
 * Images have alt text, exist, and stay within the size budget, so pages stay
 * light on slow intranet connections and readable with a screen reader.
 */
import path from 'node:path';
import {links, markup} from '../markdown';
import {problem, type Rule} from './types';

const NAME = 'afbeeldingen';

const kb = (n: number) => `${Math.round(n / 1024)} kB`;

export const afbeeldingen: Rule = {
  name: NAME,
  check(f, ctx) {
    const out = [];
    for (const l of links(f.tree).filter((x) => x.kind === 'image')) {
      if (l.text.trim() === '') {
        out.push(
          problem(
            f,
            l.line,
            NAME,
            `afbeelding "${l.url}" heeft geen alt-tekst. Beschrijf tussen de rechte haken in een paar woorden wat erop staat: ![wat je ziet](${l.url}).`,
          ),
        );
      }
      if (/^[a-z][a-z0-9+.-]*:/i.test(l.url) || l.url.startsWith('//')) {
        out.push(
          problem(
            f,
            l.line,
            NAME,
            `afbeelding "${l.url}" komt van een andere website. Zet de afbeelding in static/img/ en verwijs ernaar met /img/bestandsnaam.`,
          ),
        );
        continue;
      }
      const file = l.url.startsWith('/')
        ? path.posix.join('static', l.url)
        : path.posix.normalize(path.posix.join(path.posix.dirname(f.file), l.url));
      const size = ctx.fileSize(file);
      if (size === undefined) {
        out.push(
          problem(
            f,
            l.line,
            NAME,
            `afbeelding "${l.url}" bestaat niet (gezocht: ${file}). Controleer de bestandsnaam of zet de afbeelding in static/img/.`,
          ),
        );
      } else if (size > ctx.imageBudget) {
        out.push(
          problem(
            f,
            l.line,
            NAME,
            `afbeelding "${l.url}" is ${kb(size)}; de grens is ${kb(ctx.imageBudget)}. Maak de afbeelding kleiner (bijvoorbeeld 1200 pixels breed, als .jpg of .webp).`,
          ),
        );
      }
    }
    for (const m of markup(f.tree)) {
      const tags =
        m.kind === 'html'
          ? [...m.value.matchAll(/<img\b[^>]*>/gi)].map((x) => x[0])
          : m.value === 'img'
            ? ['<img>']
            : [];
      for (const tag of tags) {
        const hasAlt =
          m.kind === 'html'
            ? /\salt\s*=\s*("[^"]+"|'[^']+')/i.test(tag)
            : typeof m.attributes.alt === 'string' && m.attributes.alt.trim() !== '';
        if (!hasAlt)
          out.push(
            problem(
              f,
              m.line,
              NAME,
              'een <img> zonder alt-tekst. Gebruik liever markdown: ![wat je ziet](/img/bestandsnaam).',
            ),
          );
      }
    }
    return out;
  },
};
