/**
 * The worksheet page translates the "own questions" notice by id, with the Dutch
 * text the PDF and the Word file print (EIGEN_VRAGEN) as its message: an id that
 * `docusaurus write-translations` cannot extract, so this test checks code.json.
 */
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {EIGEN_VRAGEN, EIGEN_VRAGEN_ID} from '../shared/model';

const code = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../../i18n/en/code.json'), 'utf8')) as Record<
  string,
  {message?: string}
>;

describe('worksheet texts in i18n/en/code.json', () => {
  it('has the English "own questions" notice', () => {
    const en = code[EIGEN_VRAGEN_ID]?.message ?? '';
    expect(en, `voeg "${EIGEN_VRAGEN_ID}" toe aan i18n/en/code.json`).not.toBe('');
    expect(en).not.toBe(EIGEN_VRAGEN);
  });
});
