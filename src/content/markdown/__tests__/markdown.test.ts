import type {Heading, Root} from 'mdast';
import {visit} from 'unist-util-visit';
import {describe, expect, it} from 'vitest';
import {
  findMarkers,
  headings,
  links,
  markup,
  MarkdownSyntaxError,
  parseMarkdown,
  resolveMarkers,
  sections,
  textRuns,
} from '..';

const MD = `---
title: Voorbeeld
---

Inleiding met een [[gezinshuisouder]] en [[sensitief begrenzen|voorzichtig begrensd]].

## Eerste kop {#eerste}

Tekst met een [link](/handleiding/houding#kern) en \`code\`.

<!-- een notitie die niemand ziet -->

### Onder [[loyaliteit]] {#onder}

- een punt
- nog een punt met **nadruk**

:::tip[Goed om te weten]
Een tip.
:::

\`\`\`
geheime code
\`\`\`

## Kop zonder id

## Kop zonder id

| kolom | andere |
| ----- | ------ |
| cel   | [[gedeeld opvoederschap]] |

[def]: /werkbladen
![Alt tekst](/img/plaatje.png)
`;

const MDX = `---
title: Voorbeeld
---

import Iets from '@site/src/components/Iets';

Tekst {/* verborgen */} en meer.

## Kop in MDX {/* #mdx-kop */}

<Iets href="/begrippen" />

$$
\\frac{3113}{937}
$$
`;

describe('parseMarkdown', () => {
  it('gives lines of the whole file, front matter included', () => {
    const h = headings(parseMarkdown(MD, 'md'));
    expect(h[0]).toMatchObject({line: 7, depth: 2, text: 'Eerste kop', explicitId: 'eerste', id: 'eerste'});
  });

  it('reads Windows line endings like Unix ones', () => {
    expect(headings(parseMarkdown(MD.replace(/\n/g, '\r\n'), 'md')).map((h) => [h.line, h.id])).toEqual(
      headings(parseMarkdown(MD, 'md')).map((h) => [h.line, h.id]),
    );
  });

  it('reports invalid MDX with its line', () => {
    expect(() => parseMarkdown('---\nt: x\n---\n\nTekst\n\n<Open>\n', 'mdx')).toThrow(MarkdownSyntaxError);
    try {
      parseMarkdown('---\nt: x\n---\n\nTekst\n\n<Open>\n', 'mdx');
    } catch (e) {
      expect((e as MarkdownSyntaxError).line).toBe(7);
      expect((e as MarkdownSyntaxError).reason).toBe('Expected a closing tag for `<Open>`');
    }
  });
});

describe('headings', () => {
  it('gives explicit ids, derived ids and numbered duplicates as Docusaurus does', () => {
    expect(headings(parseMarkdown(MD, 'md')).map((h) => [h.depth, h.id, h.explicitId ?? null, h.text])).toEqual([
      [2, 'eerste', 'eerste', 'Eerste kop'],
      [3, 'onder', 'onder', 'Onder loyaliteit'],
      [2, 'kop-zonder-id', null, 'Kop zonder id'],
      [2, 'kop-zonder-id-1', null, 'Kop zonder id'],
    ]);
    expect(headings(parseMarkdown(MDX, 'mdx'))).toMatchObject([
      {id: 'mdx-kop', explicitId: 'mdx-kop', text: 'Kop in MDX'},
    ]);
  });

  // Conformance: the ids must be the ones Docusaurus writes into the page, or anchors break.
  it.each([
    ['md', MD],
    ['mdx', MDX],
    [
      'md',
      '## Café & thee {#cafe}\n\n## Wat is “gedeeld” opvoederschap?\n\n## Ümlaut Ärger\n\n## Wat is “gedeeld” opvoederschap?\n',
    ],
  ] as const)('agrees with Docusaurus’s own heading plugin (%s)', async (format, source) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- internal module, used only to check conformance
    const docusaurusHeadings = require('@docusaurus/mdx-loader/lib/remark/headings').default as (
      o: object,
    ) => (t: Root) => Promise<void>;
    const tree = parseMarkdown(source, format);
    const ours = headings(tree).map((h) => h.id);
    await docusaurusHeadings({anchorsMaintainCase: false})(tree);
    const theirs: string[] = [];
    visit(tree, 'heading', (h: Heading) => {
      theirs.push(String((h.data as {id?: string} | undefined)?.id));
    });
    expect(ours).toEqual(theirs);
  });
});

describe('links and markup', () => {
  it('finds links, definitions, images and JSX hrefs with their lines', () => {
    expect(links(parseMarkdown(MD, 'md'))).toEqual([
      {line: 9, kind: 'link', url: '/handleiding/houding#kern', text: 'link'},
      {line: 34, kind: 'definition', url: '/werkbladen', text: 'def'},
      {line: 35, kind: 'image', url: '/img/plaatje.png', text: 'Alt tekst'},
    ]);
    expect(links(parseMarkdown(MDX, 'mdx'))).toEqual([{line: 11, kind: 'jsx', url: '/begrippen', text: ''}]);
  });

  it('finds raw HTML and JSX elements', () => {
    expect(markup(parseMarkdown(MD, 'md')).map((m) => [m.line, m.kind, m.value])).toEqual([
      [11, 'html', '<!-- een notitie die niemand ziet -->'],
    ]);
    expect(markup(parseMarkdown(MDX, 'mdx'))).toEqual([
      {line: 11, kind: 'jsx', value: 'Iets', attributes: {href: '/begrippen'}},
    ]);
  });
});

describe('what the reader sees', () => {
  it('splits the page into sections of visible text, markers resolved, code and comments left out', () => {
    const s = sections(parseMarkdown(MD, 'md'));
    expect(s.map((x) => x.anchor)).toEqual(['', 'eerste', 'onder', 'kop-zonder-id', 'kop-zonder-id-1']);
    expect(s[0]!.text).toBe('Inleiding met een gezinshuisouder en voorzichtig begrensd.');
    expect(s[2]).toMatchObject({path: 'Eerste kop › Onder loyaliteit'});
    expect(s[2]!.text).toBe('een punt nog een punt met nadruk Goed om te weten Een tip.');
    expect(s[4]!.text).toBe('kolom andere cel gedeeld opvoederschap Alt tekst');
    const all = s.map((x) => `${x.path} ${x.text}`).join(' ');
    for (const hidden of ['[[', '{#', ':::', 'geheime code', 'notitie', 'title: Voorbeeld'])
      expect(all).not.toContain(hidden);
  });

  it("keeps the text of each section's links apart, as search weighs them", () => {
    const s = sections(
      parseMarkdown(
        'Intro zonder link.\n\n## Zie ook {#zie-ook}\n\n- [Gouden regels](/gouden-regels)\n- Lees [de *route*][r]\n\n[r]: /route\n',
        'md',
      ),
    );
    expect(s.map((x) => x.linkText)).toEqual(['', 'Gouden regels de route']);
    expect(s[1]!.text).toBe('Gouden regels Lees de route');
  });

  it('leaves out imports, expressions and formula source in MDX', () => {
    const text = sections(parseMarkdown(MDX, 'mdx'))
      .map((x) => x.text)
      .filter(Boolean)
      .join(' ');
    expect(text).toBe('Tekst en meer.');
  });

  it('gives text runs with their lines', () => {
    expect(textRuns(parseMarkdown(MD, 'md')).slice(0, 3)).toEqual([
      {line: 5, text: 'Inleiding met een gezinshuisouder en voorzichtig begrensd.'},
      {line: 7, text: 'Eerste kop'},
      {line: 9, text: 'Tekst met een link en code.'},
    ]);
  });
});

describe('markers', () => {
  it('finds [[term]] and [[term|shown]]', () => {
    expect(findMarkers('a [[x]] b [[ y | z ]]')).toEqual([
      {index: 2, raw: '[[x]]', target: 'x', shown: 'x'},
      {index: 10, raw: '[[ y | z ]]', target: 'y', shown: 'z'},
    ]);
    expect(resolveMarkers('Ze [[stemmen af op elkaar]] en [[a|b c]].')).toBe('Ze stemmen af op elkaar en b c.');
  });
});
