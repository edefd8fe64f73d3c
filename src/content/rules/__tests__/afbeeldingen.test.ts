import {describe, expect, it} from 'vitest';
import {afbeeldingen} from '../afbeeldingen';
import {mdFile, run} from './helpers';

describe('afbeeldingen', () => {
  it('accepts a small local image with alt text', () => {
    expect(run(afbeeldingen, mdFile('![Twee handen](/img/klein.png)'))).toEqual([]);
  });
  it('reports missing alt text, missing files, size and other hosts', () => {
    expect(
      run(
        afbeeldingen,
        mdFile(
          [
            '![](/img/klein.png)',
            '![Schema](/img/weg.png)',
            '![Foto](/img/groot.png)',
            '![Logo](https://x.example/a.png)',
            '<img src="/img/klein.png">',
          ].join('\n'),
        ),
      ),
    ).toEqual([
      'docs/bijdrage.md:4 — afbeelding "/img/klein.png" heeft geen alt-tekst. Beschrijf tussen de rechte haken in een paar woorden wat erop staat: ![wat je ziet](/img/klein.png). [afbeeldingen]',
      'docs/bijdrage.md:5 — afbeelding "/img/weg.png" bestaat niet (gezocht: static/img/weg.png). Controleer de bestandsnaam of zet de afbeelding in static/img/. [afbeeldingen]',
      'docs/bijdrage.md:6 — afbeelding "/img/groot.png" is 879 kB; de grens is 300 kB. Maak de afbeelding kleiner (bijvoorbeeld 1200 pixels breed, als .jpg of .webp). [afbeeldingen]',
      'docs/bijdrage.md:7 — afbeelding "https://x.example/a.png" komt van een andere website. Zet de afbeelding in static/img/ en verwijs ernaar met /img/bestandsnaam. [afbeeldingen]',
      'docs/bijdrage.md:8 — een <img> zonder alt-tekst. Gebruik liever markdown: ![wat je ziet](/img/bestandsnaam). [afbeeldingen]',
    ]);
  });
});
