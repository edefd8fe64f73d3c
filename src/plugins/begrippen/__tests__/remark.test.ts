import path from 'node:path';
import type {Root} from 'mdast';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {describe, expect, it} from 'vitest';
import type {MdxJsxTextElement} from 'mdast-util-mdx-jsx';
import remarkBegrippen from '../remark';
import {fixtures, termsOf} from './helpers';

const terms = {
  current: termsOf(await fixtures('goed')),
  // The older edition knows only one of the terms.
  '2021': termsOf((await fixtures('goed', '2021')).filter((x) => x.file.endsWith('/gezinshuisouder.md'))),
};
const SITE = '/site';

function run(markdown: string, file = 'docs/handleiding/pagina.md'): Root {
  const processor = unified()
    .use(remarkParse)
    .use(remarkBegrippen as never, {siteDir: SITE, terms});
  const tree = processor.parse(markdown);
  processor.runSync(tree, {path: path.join(SITE, file)});
  return tree;
}

interface Found {
  to: string;
  text: string;
}

/** Every <Begrip> in the tree, with its link and shown text. */
function marked(tree: Root): Found[] {
  const out: Found[] = [];
  const walk = (node: {type: string; children?: unknown[]}) => {
    if (node.type === 'mdxJsxTextElement') {
      const el = node as unknown as MdxJsxTextElement;
      const to = el.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'to')!.value as string;
      out.push({to, text: el.children.map((c) => (c.type === 'text' ? c.value : '')).join('')});
    }
    for (const c of node.children ?? []) walk(c as {type: string; children?: unknown[]});
  };
  walk(tree);
  return out;
}

/** All plain text of the tree, to see what a reader gets where no term is marked. */
function text(tree: Root): string {
  const parts: string[] = [];
  const walk = (node: {type: string; value?: string; children?: unknown[]}) => {
    if (node.type === 'mdxJsxTextElement') return parts.push('<Begrip>');
    if (node.type === 'mdxjsEsm') return undefined;
    if (typeof node.value === 'string') parts.push(node.value);
    for (const c of node.children ?? []) walk(c as {type: string; value?: string; children?: unknown[]});
  };
  walk(tree);
  return parts.join('');
}

describe('remark-begrippen', () => {
  it('marks [[term]] as <Begrip> linking to the term page, showing the words as written', () => {
    const tree = run('Een [[gezinshuisouder]] zorgt voor kinderen in een [[gezinshuis]].');
    expect(marked(tree)).toEqual([
      {to: '/begrippen/gezinshuisouder', text: 'gezinshuisouder'},
      {to: '/begrippen/gezinshuis', text: 'gezinshuis'},
    ]);
    expect(text(tree)).toBe('Een <Begrip> zorgt voor kinderen in een <Begrip>.');
  });

  it('imports the component once, only on a page that marks a term', () => {
    const imports = (t: Root) =>
      t.children.filter((c) => c.type === 'mdxjsEsm').map((c) => (c as {value: string}).value);
    expect(imports(run('Een [[gezinshuisouder]] en een [[gezinshuis]].'))).toEqual([
      'import Begrip from "@theme/Begrip";',
    ]);
    expect(imports(run('Geen begrip hier.'))).toEqual([]);
  });

  it('passes definitie, term and English term to the component, so the explanation works offline', () => {
    const tree = run('Een [[gezinshuisouder]].');
    const walk = (n: {type: string; children?: unknown[]}): MdxJsxTextElement | undefined =>
      n.type === 'mdxJsxTextElement'
        ? (n as unknown as MdxJsxTextElement)
        : (n.children ?? []).map((c) => walk(c as {type: string; children?: unknown[]})).find(Boolean);
    const el = walk(tree)!;
    expect(el.name).toBe('Begrip');
    expect(Object.fromEntries(el.attributes.map((a) => [a.type === 'mdxJsxAttribute' ? a.name : '', a.value]))).toEqual(
      {
        to: '/begrippen/gezinshuisouder',
        term: 'gezinshuisouder',
        definitie: 'Iemand die in een gezinshuis zorgt voor kinderen die uit huis zijn geplaatst.',
        engels: 'english term',
      },
    );
  });

  it('finds Dutch inflections and synonyms through aliases, whatever the case', () => {
    const tree = run('De [[Gezinshuisouders]] en de [[GEZINSHUISMOEDER]] hebben [[sensitief  begrensd]].');
    expect(marked(tree)).toEqual([
      {to: '/begrippen/gezinshuisouder', text: 'Gezinshuisouders'},
      {to: '/begrippen/gezinshuisouder', text: 'GEZINSHUISMOEDER'},
      {to: '/begrippen/sensitief-begrenzen', text: 'sensitief  begrensd'},
    ]);
  });

  it('shows other words with [[term|shown words]]', () => {
    const tree = run('Zij heeft de vader [[sensitief begrenzen|voorzichtig begrensd]].');
    expect(marked(tree)).toEqual([{to: '/begrippen/sensitief-begrenzen', text: 'voorzichtig begrensd'}]);
  });

  it('marks inside emphasis and lists, and several terms in one sentence', () => {
    const tree = run('- *Een [[gezinshuis]]* en **[[gezinshuisvader]]**\n- [[gezinshuizen]]');
    expect(marked(tree).map((m) => m.text)).toEqual(['gezinshuis', 'gezinshuisvader', 'gezinshuizen']);
  });

  it('leaves headings, links and quotes as plain text, without brackets', () => {
    const tree = run(
      [
        '## Over de [[gezinshuisouder]] {#over}',
        '',
        'Lees [de pagina over het [[gezinshuis]]](/handleiding).',
        '',
        '> Een [[gezinshuisouder]] zei dit.',
      ].join('\n'),
    );
    expect(marked(tree)).toEqual([]);
    expect(text(tree)).toBe(
      'Over de gezinshuisouder {#over}Lees de pagina over het gezinshuis.Een gezinshuisouder zei dit.',
    );
  });

  it('never touches code', () => {
    const tree = run('Schrijf `[[gezinshuis]]` zo.\n\n```md\n[[gezinshuisouder]]\n```');
    expect(marked(tree)).toEqual([]);
    expect(text(tree)).toContain('[[gezinshuis]]');
    expect(text(tree)).toContain('[[gezinshuisouder]]');
  });

  it('does not mark a known word without brackets', () => {
    expect(marked(run('Een gezinshuisouder zorgt voor kinderen.'))).toEqual([]);
  });

  it('fails on an unknown term, naming file, line and the nearest term', () => {
    expect(() => run('Eerste regel.\n\nDe [[gezinshuisoudr]] belt.')).toThrow(
      /docs\/handleiding\/pagina\.md:3 — begrip "gezinshuisoudr" bestaat niet in de begrippenlijst \(Editie 2024\)\. Bedoel je "gezinshuisouder"\?/,
    );
  });

  it('reports every unknown term of a page at once', () => {
    expect(() => run('[[abc]] en [[gezinshuisoudr]] en [[xyz]]')).toThrow(/^3 problemen in de inhoud gevonden:/);
  });

  it('also checks markers in headings, so a typo never hides there', () => {
    expect(() => run('## Over de [[gezinshuisoudr]]')).toThrow(/Bedoel je "gezinshuisouder"\?/);
  });

  it('links a term in the 2021 edition to the 2021 glossary', () => {
    const tree = run('Een [[gezinshuisouders]].', 'versioned_docs/version-2021/handleiding/houding.md');
    expect(marked(tree)).toEqual([{to: '/2021/begrippen/gezinshuisouder', text: 'gezinshuisouders'}]);
  });

  it('a term added later is an error only where a 2021 page marks it', () => {
    expect(() => run('Het [[gezinshuis]].', 'versioned_docs/version-2021/handleiding/houding.md')).toThrow(
      /version-2021\/handleiding\/houding\.md:1 — begrip "gezinshuis" bestaat niet in de begrippenlijst \(Editie 2021\)\./,
    );
    expect(marked(run('Het [[gezinshuis]].'))).toHaveLength(1);
    expect(marked(run('Een gewone pagina.', 'versioned_docs/version-2021/handleiding/houding.md'))).toEqual([]);
  });
});
