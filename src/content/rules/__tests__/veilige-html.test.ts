import {describe, expect, it} from 'vitest';
import {veiligeHtml} from '../veilige-html';
import {mdFile, run} from './helpers';

describe('veilige-html', () => {
  it('ignores code and comments', () => {
    expect(
      run(veiligeHtml, mdFile('Gebruik nooit `<script>`.\n<!-- <iframe> -->\n```html\n<div onclick="x()">\n```')),
    ).toEqual([]);
  });
  it('reports script, iframe, event handlers and javascript: links', () => {
    expect(
      run(
        veiligeHtml,
        mdFile(
          '<script src="x.js"></script>\n<IFRAME src="https://x"></IFRAME>\n<img src="a" alt="b" onerror="x()">\n\n[klik](javascript:alert(1))\n\n<object data="x.swf"></object>\n<embed src="x.swf">\n\n<a href="javascript:void(0)">x</a>',
        ),
      ),
    ).toEqual([
      'docs/bijdrage.md:4 — <script> is niet toegestaan: een bijdrage mag geen code uitvoeren. Haal het blok weg. [veilige-html]',
      'docs/bijdrage.md:5 — <iframe> is niet toegestaan: de site laadt niets van andere websites. Zet er een gewone link naar de bron voor in de plaats. [veilige-html]',
      'docs/bijdrage.md:6 — onerror=… is niet toegestaan: een bijdrage mag geen code uitvoeren. Gebruik gewone markdown zonder HTML. [veilige-html]',
      'docs/bijdrage.md:10 — <object> is niet toegestaan: de site laadt niets van andere websites en voert geen ingebedde code uit. Zet er een gewone link voor in de plaats. [veilige-html]',
      'docs/bijdrage.md:11 — <embed> is niet toegestaan: de site laadt niets van andere websites en voert geen ingebedde code uit. Zet er een gewone link voor in de plaats. [veilige-html]',
      'docs/bijdrage.md:13 — een javascript:-link is niet toegestaan. Gebruik een gewone link die met "/" of "https://" begint. [veilige-html]',
      'docs/bijdrage.md:8 — een javascript:-link is niet toegestaan. Gebruik een gewone link die met "/" of "https://" begint. [veilige-html]',
    ]);
  });
});
