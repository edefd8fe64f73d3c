/**
 * Malformed contributions, one file each, with the exact message a contributor
 * sees from `npm run check`; and one valid contribution that passes.
 */
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {checkSite} from '../../check';
import {formatProblem, isError} from '../../problems';

const SITE = path.join(__dirname, '__fixtures__/bijdragen');
// A 1 kB budget, so the fixture's "too large" image can stay small in git. Warnings (readability figures) are not the point here.
const problems = (await checkSite(SITE, {imageBudget: 1024})).problems.filter(isError);
const messagesFor = (file: string) => problems.filter((p) => p.file === file).map(formatProblem);

const EXPECTED: [string, string][] = [
  [
    'docs/zonder-front-matter.md',
    'docs/zonder-front-matter.md:1 — de pagina begint niet met front matter: zet bovenaan een blok tussen twee regels "---" met id, slug, title, description, type en bronnen (kijk hoe een andere pagina in dezelfde map begint)',
  ],
  [
    'docs/zonder-bron.md',
    'docs/zonder-bron.md:1 — veld "bronnen": ontbreekt: noem minstens één bron, bijvoorbeeld "- bron: kenniscafe-1"',
  ],
  [
    'docs/onbekende-bron.md',
    'docs/onbekende-bron.md:8 — veld "bronnen.0.bron": onbekende bron; kies een van: artikel-gezinshuis-ouders, kenniscafe-1, moduleserie-samenwerken, relationele-route-onderweg, richtlijn-en-route (of voeg de bron toe: src/data/bronnen/<sleutel>.yml)',
  ],
  [
    'docs/korte-beschrijving.md',
    'docs/korte-beschrijving.md:5 — veld "description": is te kort: schrijf één volledige zin (minstens 20 tekens)',
  ],
  [
    'docs/zz-dubbele-id.md',
    'docs/zz-dubbele-id.md:2 — veld "id": "onbekende-bron" wordt al gebruikt door docs/onbekende-bron.md. Kies een id die nog niet bestaat.',
  ],
  [
    'docs/spanningsveld-zonder-thema.md',
    'docs/spanningsveld-zonder-thema.md:1 — veld "thema": ontbreekt: dit veld is verplicht voor dit soort pagina',
  ],
  [
    'blog/2026-02-01-onbekende-auteur.md',
    'blog/2026-02-01-onbekende-auteur.md:5 — veld "authors.0": "redaktie" bestaat niet. Voeg de auteur toe aan blog/authors.yml of gebruik een bestaande sleutel. Bedoel je "redactie"?',
  ],
  [
    'docs/kapotte-link.md',
    'docs/kapotte-link.md:11 — link "/handleiding/huding" gaat naar een pagina of bestand dat niet bestaat. Gebruik een bestaande vaste URL (zie de lijst met afgesproken slugs in CONTRIBUTING.md). Bedoel je "/handleiding/houding"? [interne-links]',
  ],
  [
    'docs/kapot-anker.md',
    'docs/kapot-anker.md:11 — link "/handleiding/houding#gastvrj": de pagina /handleiding/houding heeft geen kop met id "gastvrj". Kies een id die op die pagina tussen {# } achter een kop staat. Bedoel je "gastvrij"? [interne-links]',
  ],
  [
    'docs/relatieve-link.md',
    'docs/relatieve-link.md:11 — link "./houding-oud.md" wijst naar het bestand docs/houding-oud.md, maar dat bestaat niet in deze editie. Controleer de bestandsnaam of gebruik de vaste URL, bijvoorbeeld "/handleiding/houding". [interne-links]',
  ],
  [
    'docs/afbeelding-zonder-alt.md',
    'docs/afbeelding-zonder-alt.md:11 — afbeelding "/img/klein.png" heeft geen alt-tekst. Beschrijf tussen de rechte haken in een paar woorden wat erop staat: ![wat je ziet](/img/klein.png). [afbeeldingen]',
  ],
  [
    'docs/afbeelding-te-groot.md',
    'docs/afbeelding-te-groot.md:11 — afbeelding "/img/groot.png" is 2 kB; de grens is 1 kB. Maak de afbeelding kleiner (bijvoorbeeld 1200 pixels breed, als .jpg of .webp). [afbeeldingen]',
  ],
  [
    'docs/afbeelding-ontbreekt.md',
    'docs/afbeelding-ontbreekt.md:11 — afbeelding "/img/schema.png" bestaat niet (gezocht: static/img/schema.png). Controleer de bestandsnaam of zet de afbeelding in static/img/. [afbeeldingen]',
  ],
  [
    'docs/script.md',
    'docs/script.md:13 — <script> is niet toegestaan: een bijdrage mag geen code uitvoeren. Haal het blok weg. [veilige-html]',
  ],
  [
    'docs/iframe.md',
    'docs/iframe.md:13 — <iframe> is niet toegestaan: de site laadt niets van andere websites. Zet er een gewone link naar de bron voor in de plaats. [veilige-html]',
  ],
  [
    'docs/event-handler.md',
    'docs/event-handler.md:11 — onclick=… is niet toegestaan: een bijdrage mag geen code uitvoeren. Gebruik gewone markdown zonder HTML. [veilige-html]',
  ],
  [
    'docs/e-mailadres.md',
    'docs/e-mailadres.md:11 — e-mailadres "jeugdengezin@che.nl" gevonden. Zet geen e-mailadressen op een pagina, ook niet van een organisatie: noem de organisatie of de bron zonder adres. [persoonsgegevens]',
  ],
  [
    'docs/telefoonnummer.md',
    'docs/telefoonnummer.md:11 — telefoonnummer "06-12345678" gevonden. Zet geen telefoonnummers op de site; haal het nummer weg. [persoonsgegevens]',
  ],
  [
    'docs/kop-zonder-id.md',
    'docs/kop-zonder-id.md:13 — kop "Wat ouders zeggen" heeft geen vaste id. Zet een id achter de kop, zo: "## Wat ouders zeggen {#wat-ouders-zeggen}". Verander een id daarna nooit meer: links naar deze kop hangen ervan af. [koppen]',
  ],
  [
    'docs/kop-met-een-hekje.md',
    'docs/kop-met-een-hekje.md:11 — kop "# Mijn bijdrage" met één # is niet toegestaan: de titel komt uit het veld title. Maak er "## Mijn bijdrage {#mijn-bijdrage}" van of haal de kop weg. [koppen]',
  ],
  // Issue 15: what the check used to let through, each caught with file, line and what to do.
  [
    'blog/2026-03-01-zonder-truncate.md',
    'blog/2026-03-01-zonder-truncate.md:11 — de regel <!-- truncate --> ontbreekt. Zet hem op een eigen regel na de eerste alinea: wat erboven staat, komt in het overzicht van kenniscafés. [kenniscafe]',
  ],
  [
    'blog/2026-03-02-datum-omgedraaid.md',
    'blog/2026-03-02-datum-omgedraaid.md:5 — veld "date": "12-03-2025" is geen datum in de vorm JJJJ-MM-DD (jaar-maand-dag). Schrijf bijvoorbeeld date: 2025-03-12; anders leest de site de datum verkeerd.',
  ],
  [
    'blog/2026-03-03-onmogelijke-datum.md',
    'blog/2026-03-03-onmogelijke-datum.md:5 — veld "date": 2025-13-45 bestaat niet: controleer maand (01–12) en dag. De vorm is JJJJ-MM-DD.',
  ],
  [
    'blog/2026-03-04-onbekend-begrip.md',
    'blog/2026-03-04-onbekend-begrip.md:11 — begrip "onbekendwoord" bestaat niet in de begrippenlijst (Editie 2024). Voeg het woord toe als begrip of als alias van een begrip, of haal de [[ ]] weg.',
  ],
  [
    'docs/dubbele-punt-in-titel.md',
    'docs/dubbele-punt-in-titel.md:4 — de front matter is geen geldige YAML: er staat een tweede dubbele punt (:) in de waarde van "title". Zet de hele waarde tussen aanhalingstekens, zo: title: "Kenniscafé 2: Samen opvoeden"',
  ],
  [
    'docs/hekje-in-titel.md',
    'docs/hekje-in-titel.md:4 — veld "title": alles vanaf " #" wordt als commentaar gelezen, dus de waarde wordt afgekapt tot "Samen opvoeden". Zet de hele waarde tussen aanhalingstekens, zo: title: "Samen opvoeden #2 in de praktijk"',
  ],
  [
    'docs/hoofdletters.MD',
    "docs/hoofdletters.MD:1 — dit bestand wordt nooit gepubliceerd: alleen bestanden die eindigen op .md of .mdx (kleine letters) worden pagina's. Hernoem het naar hoofdletters.md.",
  ],
  [
    'docs/kop-met-accent.md',
    'docs/kop-met-accent.md:13 — kop "Café en thee" heeft geen vaste id. Zet een id achter de kop, zo: "## Café en thee {#cafe-en-thee}". Verander een id daarna nooit meer: links naar deze kop hangen ervan af. [koppen]',
  ],
  [
    'docs/kop-zonder-spatie.md',
    'docs/kop-zonder-spatie.md:13 — "##Wat we leerden" wordt geen kop maar gewone tekst: zet een spatie na de #, zo: "## Wat we leerden". [koppen]',
  ],
  [
    'docs/object.md',
    'docs/object.md:13 — <object> is niet toegestaan: de site laadt niets van andere websites en voert geen ingebedde code uit. Zet er een gewone link voor in de plaats. [veilige-html]',
  ],
  [
    'docs/embed.md',
    'docs/embed.md:13 — <embed> is niet toegestaan: de site laadt niets van andere websites en voert geen ingebedde code uit. Zet er een gewone link voor in de plaats. [veilige-html]',
  ],
  [
    'docs/oud-formaat.markdown',
    "docs/oud-formaat.markdown:1 — dit bestand wordt nooit gepubliceerd: alleen bestanden die eindigen op .md of .mdx (kleine letters) worden pagina's. Hernoem het naar oud-formaat.md.",
  ],
  [
    'docs/sjabloon-tekst.md',
    'docs/sjabloon-tekst.md:11 — "[Eerste alinea: wat was dit kenniscafé en wat vind je in …]" is tekst uit het sjabloon. Vervang hem door je eigen tekst (de rechte haken gaan weg), of haal de regel weg. [sjabloon]',
  ],
  [
    'docs/tab-inspringing.md',
    'docs/tab-inspringing.md:8 — de front matter is geen geldige YAML: gebruik spaties om in te springen, geen tabs',
  ],
  [
    'docs/telefoon-haakjes.md',
    'docs/telefoon-haakjes.md:11 — telefoonnummer "(020) 1234567" gevonden. Zet geen telefoonnummers op de site; haal het nummer weg. [persoonsgegevens]',
  ],
  [
    'docs/windows-regeleinden.md',
    'docs/windows-regeleinden.md:13 — kop "Kop zonder id" heeft geen vaste id. Zet een id achter de kop, zo: "## Kop zonder id {#kop-zonder-id}". Verander een id daarna nooit meer: links naar deze kop hangen ervan af. [koppen]',
  ],
  [
    'docs/dubbele-kop-id.md',
    'docs/dubbele-kop-id.md:15 — id "stap" staat ook al bij de kop op regel 11. Geef elke kop op een pagina een eigen id. [koppen]',
  ],
  [
    'docs/spelfout.md',
    'docs/spelfout.md:14 — kolom 38: "onmiddelijk" staat niet in het Nederlandse woordenboek. Bedoel je "onmiddellijk" of "onlijdelijk" of "onzindelijk"? Is het woord goed gespeld (een naam of vakterm)? Zet het dan in src/data/woorden.txt, één woord per regel. [spelling]',
  ],
];

describe('npm run check on malformed contributions', () => {
  it('has at least thirty malformed contributions', () => {
    expect(EXPECTED.length).toBeGreaterThanOrEqual(30);
  });

  it.each(EXPECTED)('%s gets exactly its message', (file, message) => {
    expect(messagesFor(file)).toEqual([message]);
  });

  it('reports every problem in one run, and nothing else', () => {
    expect(problems.map(formatProblem).sort()).toEqual(EXPECTED.map(([, m]) => m).sort());
  });

  it.each(['docs/geldig.md', 'docs/handleiding/houding.md', 'blog/2026-01-01-kenniscafe-1.md'])('%s passes', (file) => {
    expect(messagesFor(file)).toEqual([]);
  });
});
