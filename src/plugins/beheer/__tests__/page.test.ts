/** The editor page: Dutch, under the base URL, and nothing from another host. */
import {describe, expect, it} from 'vitest';
import {decapDistDir, decapDistFiles, editorPage, stylesheetsOf} from '../server/page';

describe('editorPage', () => {
  const html = editorPage({
    baseUrl: '/kennisbank/',
    editorPath: 'beheer',
    siteTitle: 'Kennisbank',
    repoUrl: 'https://github.com/organisatie/kennisbank',
    branch: 'main',
    previewStyles: ['/kennisbank/assets/css/styles.abc.css'],
  });

  it('loads Decap, the editor script and the config from its own folder under the base URL', () => {
    expect(html).toContain('<html lang="nl">');
    // One script: it reads the config and loads Decap only when a login can work.
    expect(html).toContain('<script src="/kennisbank/beheer/beheer.js"');
    expect(html).toContain('data-decap="/kennisbank/beheer/decap-cms.js"');
    expect(html).toContain('data-config="/kennisbank/beheer/config.yml"');
    expect(html.match(/<script\b/g)).toHaveLength(1);
    expect(html).toContain('noindex');
    // Nothing from another host: every src and href is a path on this site.
    for (const m of html.matchAll(/\b(?:src|href|data-[a-z]+)="(\/[^"]*)"/g)) expect(m[1]).toMatch(/^\/kennisbank\//);
  });

  it('without the editor, points to the issue forms as forms (not their YAML files) and to "Bewerk deze pagina"', () => {
    expect(html).toContain('href="https://github.com/organisatie/kennisbank/issues/new?template=nieuw-kenniscafe.yml"');
    expect(html).toContain('href="https://github.com/organisatie/kennisbank/issues/new?template=correctie.yml"');
    expect(html).not.toMatch(/ISSUE_TEMPLATE/);
    expect(html).toContain('<strong>Bewerk deze pagina</strong>');
  });

  it('gives the preview the site’s own stylesheets', () => {
    expect(
      stylesheetsOf('<link rel="stylesheet" href="/assets/css/styles.1.css"><link rel="preload" href="/x.js">'),
    ).toEqual(['/assets/css/styles.1.css']);
  });

  it('copies Decap’s own build, with its licence notice', () => {
    const files = decapDistFiles(decapDistDir());
    expect(files).toContain('decap-cms.js');
    expect(files).toContain('decap-cms.js.LICENSE.txt');
  });
});
