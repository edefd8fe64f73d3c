import {describe, expect, it} from 'vitest';
import {persoonsgegevens, scanPersonalData} from '../persoonsgegevens';
import {ctx, mdFile, run} from './helpers';

const allow = ctx().allowlist;

describe('persoonsgegevens', () => {
  it('accepts ordinary text, years, page numbers and quote references', () => {
    expect(
      run(persoonsgegevens, mdFile('In 2017–2020, p. 12, (Ouder, 2017, 9: 592) en 1234567890 artikelnummers.')),
    ).toEqual([]);
  });
  it('reports e-mail addresses and Dutch phone numbers, in front matter too', () => {
    const f = mdFile('Mail piet.jansen@gmail.com of bel 06 1234 5678, +31 6 12345678 of 010-1234567.');
    expect(run(persoonsgegevens, f)).toEqual([
      'docs/bijdrage.md:4 — e-mailadres "piet.jansen@gmail.com" gevonden. Zet geen e-mailadressen op een pagina, ook niet van een organisatie: noem de organisatie of de bron zonder adres. [persoonsgegevens]',
      'docs/bijdrage.md:4 — telefoonnummer "06 1234 5678" gevonden. Zet geen telefoonnummers op de site; haal het nummer weg. [persoonsgegevens]',
      'docs/bijdrage.md:4 — telefoonnummer "+31 6 12345678" gevonden. Zet geen telefoonnummers op de site; haal het nummer weg. [persoonsgegevens]',
      'docs/bijdrage.md:4 — telefoonnummer "010-1234567" gevonden. Zet geen telefoonnummers op de site; haal het nummer weg. [persoonsgegevens]',
    ]);
  });
  it('allows the allowlisted address only in the file the allowlist names', () => {
    expect(
      scanPersonalData('src/data/bronnen/moduleserie-samenwerken.yml', "maker: 'contact: jeugdengezin@che.nl'", allow),
    ).toEqual([]);
    expect(run(persoonsgegevens, mdFile('Mail jeugdengezin@che.nl'))).toHaveLength(1);
  });
});
