/**
 * A web page outside the five sources travels to the page's sources list with its address and the
 * day it was read; the site's own sources do not get that marker.
 */
import type {Root} from 'mdast';
import type {MdxJsxAttribute, MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import {describe, expect, it} from 'vitest';
import type {Bron} from '../../../content/siteData';
import remarkBronnen from '../remark';
import {datumVoluit, type PaginaBron} from '../shared';

const BRONNEN: Bron[] = [
  {key: 'artikel', titel: 'Een artikel', maker: 'Een lectoraat', soort: 'Artikel', vindplaats: 'www.example.org'},
  {
    key: 'web-pagina',
    titel: 'Een webpagina',
    maker: 'Een organisatie',
    soort: 'Webpagina',
    extern: true,
    url: 'https://www.example.org/pagina',
    geraadpleegd: '2026-12-05',
  },
];

/** The literal value of an estree expression (objects, arrays, literals): what the component receives. */
function valueOf(node: {type: string; [k: string]: unknown}): unknown {
  if (node.type === 'Literal') return node.value;
  if (node.type === 'Identifier' && node.name === 'undefined') return undefined;
  if (node.type === 'ArrayExpression')
    return (node.elements as {type: string}[]).map((e) => valueOf(e as {type: string}));
  if (node.type === 'ObjectExpression')
    return Object.fromEntries(
      (node.properties as {key: {type: string; name?: string; value?: string}; value: {type: string}}[]).map((p) => [
        p.key.type === 'Identifier' ? p.key.name : p.key.value,
        valueOf(p.value),
      ]),
    );
  throw new Error(`onverwacht: ${node.type}`);
}

function sourcesOf(refs: {bron: string; waar?: string}[]): PaginaBron[] {
  const tree: Root = {type: 'root', children: [{type: 'paragraph', children: [{type: 'text', value: 'Tekst.'}]}]};
  remarkBronnen({siteDir: '/', bronnen: BRONNEN})(tree, {path: 'docs/x.md', data: {frontMatter: {bronnen: refs}}});
  const block = tree.children.find(
    (n): n is MdxJsxFlowElement => n.type === 'mdxJsxFlowElement' && n.name === 'Bronnen',
  );
  const attr = block?.attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute');
  const program = (attr?.value as {data: {estree: {body: {expression: {type: string}}[]}}}).data.estree;
  return valueOf(program.body[0]!.expression) as PaginaBron[];
}

describe('remark plugin of the sources', () => {
  it('gives a web page outside the sources its address and the day it was read; the own sources stay as they were', () => {
    expect(
      sourcesOf([
        {bron: 'artikel', waar: 'Inleiding'},
        {bron: 'web-pagina', waar: 'Kopje'},
      ]),
    ).toEqual([
      {
        titel: 'Een artikel',
        maker: 'Een lectoraat',
        soort: 'Artikel',
        vindplaats: 'www.example.org',
        waar: 'Inleiding',
      },
      {
        titel: 'Een webpagina',
        maker: 'Een organisatie',
        soort: 'Webpagina',
        waar: 'Kopje',
        extern: {url: 'https://www.example.org/pagina', geraadpleegd: '2026-12-05'},
      },
    ]);
  });
});

describe('datumVoluit', () => {
  it('writes the day out as a reader says it, in the page language, whatever the time zone', () => {
    expect(datumVoluit('2026-12-05', 'nl')).toBe('5 december 2026');
    expect(datumVoluit('2026-01-01', 'nl')).toBe('1 januari 2026');
    expect(datumVoluit('2026-12-05', 'en')).toBe('December 5, 2026');
  });
});
