/**
 * Images have alt text, exist, and stay within the size budget, so pages stay
 * light on slow intranet connections and readable with a screen reader.
 */
import path from 'node:path';
import {bodyLines, links, problem} from './markdown';
import type {Rule} from './types';

const NAME = 'afbeeldingen';

const kb = (n: number) => `${Math.round(n / 1024)} kB`;

export const afbeeldingen: Rule = {
  name: NAME,
  check(f, ctx) {
    const out = [];
    for (const l of links(f).filter((x) => x.image)) {
      if (l.text.trim() === '') {
        out.push(
          problem(
            f,
            l.line,
            NAME,
            `afbeelding "${l.target}" heeft geen alt-tekst. Beschrijf tussen de rechte haken in een paar woorden wat erop staat: ![wat je ziet](${l.target}).`,
          ),
        );
      }
      if (/^[a-z][a-z0-9+.-]*:/i.test(l.target) || l.target.startsWith('//')) {
        out.push(
          problem(f, l.line, NAME, `afbeelding "${l.target}" komt van een andere website. Zet de afbeelding in static/img/ en verwijs ernaar met /img/bestandsnaam.`),
        );
        continue;
      }
      const file = l.target.startsWith('/')
        ? path.posix.join('static', l.target)
        : path.posix.normalize(path.posix.join(path.posix.dirname(f.file), l.target));
      const size = ctx.fileSize(file);
      if (size === undefined) {
        out.push(problem(f, l.line, NAME, `afbeelding "${l.target}" bestaat niet (gezocht: ${file}). Controleer de bestandsnaam of zet de afbeelding in static/img/.`));
      } else if (size > ctx.imageBudget) {
        out.push(
          problem(
            f,
            l.line,
            NAME,
            `afbeelding "${l.target}" is ${kb(size)}; de grens is ${kb(ctx.imageBudget)}. Maak de afbeelding kleiner (bijvoorbeeld 1200 pixels breed, als .jpg of .webp).`,
          ),
        );
      }
    }
    for (const {line, text} of bodyLines(f)) {
      for (const m of text.matchAll(/<img\b[^>]*>/gi)) {
        if (!/\salt\s*=\s*("[^"]+"|'[^']+')/i.test(m[0])) {
          out.push(problem(f, line, NAME, 'een <img> zonder alt-tekst. Gebruik liever markdown: ![wat je ziet](/img/bestandsnaam).'));
        }
      }
    }
    return out;
  },
};
