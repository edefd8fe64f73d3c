/**
 * Components show vocabulary labels through translate() with an id built from the
 * list and the key (src/plugins/shared/client/labels.ts), so `docusaurus
 * write-translations` cannot find those ids: this test keeps i18n/en/code.json
 * complete instead, and free of labels the vocabulary no longer has.
 */
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {TRANSLATED_VOCABULARY, vocabularyMessages} from '../client/vocabularyIds';

const SITE = path.resolve(__dirname, '../../../..');
const code = JSON.parse(fs.readFileSync(path.join(SITE, 'i18n/en/code.json'), 'utf8')) as Record<
  string,
  {message?: string}
>;
const messages = vocabularyMessages();

describe('vocabulary labels in i18n/en/code.json', () => {
  it.each(Object.entries(messages))('%s (%s) has an English label', (id) => {
    expect(
      code[id]?.message?.trim(),
      `voeg "${id}" toe aan i18n/en/code.json, met de Engelse tekst als "message"`,
    ).toBeTruthy();
  });

  it('has no label for a vocabulary entry that no longer exists', () => {
    const prefixes = Object.values(TRANSLATED_VOCABULARY).map((l) => `${l.prefix}.`);
    const stale = Object.keys(code).filter((id) => prefixes.some((p) => id.startsWith(p)) && !(id in messages));
    expect(stale, 'haal deze ids weg uit i18n/en/code.json: src/content/vocabulary.ts kent ze niet meer').toEqual([]);
  });

  it('covers every audience, phase and theme', () => {
    expect(Object.keys(messages)).toEqual(
      expect.arrayContaining([
        'kennisbank.doelgroep.opvoeders',
        'kennisbank.fase.evaluatiefase',
        'kennisbank.thema.regie',
      ]),
    );
    expect(Object.keys(messages)).toHaveLength(4 + 3 + 6);
  });
});
