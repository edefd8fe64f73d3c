import {EpubCheck} from '@likecoin/epubcheck-ts';
import JSZip from 'jszip';
import {describe, expect, it} from 'vitest';
import {buildBook} from '../server/book';
import {createEpub} from '../server/epub';
import {fixtureBook, fixtureInput} from './helpers';

describe('createEpub', () => {
  it('makes an EPUB 3 that EPUBCheck (TypeScript port) accepts, with every chapter in the navigation', async () => {
    const {bytes} = await createEpub(fixtureBook());
    const result = await EpubCheck.validate(bytes);
    const problems = result.messages.filter(
      (m) => m.severity === 'error' || m.severity === 'fatal' || m.severity === 'warning',
    );
    expect(problems.map((m) => `${m.severity} ${m.id}: ${m.message} ${m.location?.path ?? ''}`)).toEqual([]);
    expect(result.valid).toBe(true);

    const zip = await JSZip.loadAsync(bytes);
    expect(Object.keys(zip.files)[0]).toBe('mimetype');
    const nav = await zip.file('EPUB/nav.xhtml')!.async('string');
    for (const title of [
      'Colofon',
      'Houding',
      'Acht kenmerken',
      'Installatiefase',
      'Bijlage: Begrippen',
      'Bronnen en literatuur',
    ])
      expect(nav).toContain(`>${title}</a>`);
    const opf = await zip.file('EPUB/package.opf')!.async('string');
    expect(opf).toContain('<dc:language>nl</dc:language>');
    // A link to another chapter points into that chapter's file.
    const ch1 = await zip.file('EPUB/hoofdstuk-01.xhtml')!.async('string');
    expect(ch1).toContain('href="hoofdstuk-02.xhtml#h-handleiding-installatiefase--begeleidingsplan-ouders"');
    expect(ch1).toContain('xml:lang="nl"');
  });

  it('fails closed on a link to a place that is not in the book', async () => {
    const input = fixtureInput();
    input.chapters[1]!.html += '<p><a href="#nergens">kapot</a></p>';
    await expect(createEpub(buildBook(input))).rejects.toThrow(
      'een link gaat naar "#nergens", maar die plek bestaat niet in het boek',
    );
  });

  it('refuses an image it cannot package rather than ship a broken EPUB', async () => {
    const input = fixtureInput();
    input.chapters[0]!.html += '<p><img src="/img/logo.svg" alt="Logo"></p>';
    await expect(createEpub(buildBook(input))).rejects.toThrow(/"Houding" heeft een afbeelding/);
  });
});
