/**
 * The erratum notice goes at the top of a corrected page of a frozen edition (from the errata
 * markdown.parseFrontMatter gave it as change notes), and nowhere else.
 */
import path from 'node:path';
import type {Root} from 'mdast';
import type {MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {describe, expect, it} from 'vitest';
import remarkErrata from '../remark';

const SITE = '/site';

function run(file: string, wijzigingen: unknown[] | undefined): Root {
  const processor = unified()
    .use(remarkParse)
    .use(remarkErrata as never, {siteDir: SITE});
  const tree = processor.parse('Eerste alinea.\n\nTweede alinea.\n');
  processor.runSync(tree, {path: path.join(SITE, file), data: {frontMatter: {wijzigingen}}} as never);
  return tree;
}

const melding = (tree: Root) =>
  tree.children.filter((c): c is MdxJsxFlowElement => c.type === 'mdxJsxFlowElement' && c.name === 'ErratumMelding');

const ERRATA = [
  {datum: '2026-12-05', tekst: 'De zin over de band is hersteld.', erratum: 'band-erkennen'},
  {datum: '2026-11-29', tekst: 'Eigen woorden.', erratum: 'taal-handleiding'},
];

describe('remarkErrata', () => {
  it('puts the notice first on a corrected page of the 2021 edition, with its errata and the errata page', () => {
    const tree = run('versioned_docs/version-2021/handleiding/handelingen/afstemmen-op-elkaar.md', ERRATA);
    const [el] = melding(tree);
    expect(tree.children.findIndex((c) => c === el)).toBe(tree.children.findIndex((c) => c.type !== 'mdxjsEsm'));
    const props = Object.fromEntries(
      el!.attributes.map((a) => [
        (a as {name: string}).name,
        JSON.stringify((a as {value: {data: {estree: unknown}}}).value.data.estree),
      ]),
    );
    expect(props.errata).toContain('band-erkennen');
    expect(props.errataPad).toContain('/2021/errata');
    expect(tree.children.some((c) => c.type === 'mdxjsEsm' && c.value.includes('@theme/ErratumMelding'))).toBe(true);
  });

  it('also on a translated page of that edition', () => {
    expect(
      melding(run('i18n/en/docusaurus-plugin-content-docs/version-2021/handleiding/houding.md', ERRATA)),
    ).toHaveLength(1);
  });

  it('not on a page of the current edition, nor on an uncorrected one', () => {
    expect(melding(run('docs/handleiding/houding.md', [{datum: '2026-12-05', tekst: 'Een grote wijziging.'}]))).toEqual(
      [],
    );
    expect(melding(run('versioned_docs/version-2021/handleiding/houding.md', undefined))).toEqual([]);
  });
});
