/**
 * The content-validation plugin through its lifecycle, on a small fixture site whose page
 * links to files the other plugins will write (a worksheet PDF, the book, the BibTeX file):
 * loadContent checks the content and accepts those links, contentLoaded reports the same
 * files and anchors through the seam the URL manifest reads (src/urls/declared.ts). A link
 * to a file no plugin writes stops loadContent, naming file and line, in Dutch.
 */
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {ContentError, formatProblem} from '../../../content/problems';
import {readPublicFiles} from '../../../urls/declared';
import {fixtureContext, recordingActions, tempDir, validated} from '../../shared/__tests__/lifecycle';
import contentValidationPlugin, {validateOptions} from '../index';

const FIXTURES = path.join(__dirname, '__fixtures__');
const cleanup: (() => void)[] = [];
afterEach(() => cleanup.splice(0).forEach((f) => f()));

async function plugin(site: string) {
  const context = await fixtureContext(path.join(FIXTURES, site));
  return {context, plugin: contentValidationPlugin(context, validated(validateOptions))};
}

const FILES = [
  // wijzigingen: the content API, the feeds of major changes and the OpenSearch description.
  '/api/en/2024/begrippen.json',
  '/api/en/2024/paginas.json',
  '/api/nl/2024/begrippen.json',
  '/api/nl/2024/paginas.json',
  '/api/urls.json',
  '/downloads/handleiding-2024.epub',
  '/downloads/handleiding-2024.pdf',
  '/downloads/literatuur.bib',
  '/downloads/literatuur.ris',
  '/downloads/werkbladen-2024.zip',
  '/kenniscafes/atom.xml',
  '/kenniscafes/rss.xml',
  '/opensearch.xml',
  '/robots.txt',
  '/sitemap.xml',
  '/werkbladen/gesprek.docx',
  '/werkbladen/gesprek.pdf',
  '/wijzigingen/2024/atom.xml',
  '/wijzigingen/2024/feed.json',
];

describe('content-validation plugin on a fixture site', () => {
  it('accepts links to the files plugins will write, and reports those files for the URL manifest', async () => {
    const {context, plugin: p} = await plugin('website');
    const content = await p.loadContent!();
    expect({files: [...content.files].sort(), anchorPages: content.anchorPages}).toEqual({
      files: FILES,
      anchorPages: ['/begrippen'],
    });
    const generated = tempDir('content-validation-');
    cleanup.push(generated.remove);
    await p.contentLoaded!({
      content,
      actions: recordingActions({generatedDir: generated.dir, plugin: 'content-validation'}),
    });
    expect(readPublicFiles(context.siteDir, generated.dir)).toEqual({
      files: FILES,
      anchorPages: ['/begrippen'],
      // The pinned URL of each page of the current edition (src/plugins/edities).
      pages: ['/2024/begrippen/ouder', '/2024/handleiding/houding', '/2024/werkbladen/gesprek'],
    });
  }, 60_000);

  it('stops on a link to a file no plugin writes, naming file and line', async () => {
    const {plugin: p} = await plugin('website-met-fouten');
    const thrown = await Promise.resolve(p.loadContent!()).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(thrown).toBeInstanceOf(ContentError);
    expect((thrown as ContentError).problems.map(formatProblem)).toEqual([
      'docs/handleiding/houding.md:12 — link "pathname:///werkbladen/bestaat-niet.pdf" gaat naar een pagina of bestand dat niet bestaat. Gebruik een bestaande vaste URL (zie de lijst met afgesproken slugs in CONTRIBUTING.md). [interne-links]',
    ]);
  }, 60_000);

  it('watches every content folder and the data files', async () => {
    const {context, plugin: p} = await plugin('website');
    expect(p.getPathsToWatch!().map((f) => path.relative(context.siteDir, f))).toEqual([
      'docs/**/*.{md,mdx,yml}',
      'versioned_docs/**/*.{md,mdx,yml}',
      'blog/**/*.{md,mdx,yml}',
      'i18n/**/*.{md,mdx,yml}',
      'src/data/*',
    ]);
  });
});
