/** The pure parts the editor script runs in the browser: names, the Tekst field, a new source, begrippen, login, Dutch. */
import {describe, expect, it} from 'vitest';
import {kebab as nieuwKebab} from '../../../content/nieuw';
import {suggestId} from '../../../content/rules/koppen';
import {citeer, bronSleutel, bronTekort, bronYaml} from '../shared/bron';
import {markBegrippen, type PreviewTerm} from '../shared/begrippen';
import {fillNames, kebab} from '../shared/collections';
import {loginOf} from '../shared/login';
import {addHeadingIds, addTruncate, cleanPaste, headingId, prepareBody, tidyText} from '../shared/tekst';
import {NL_AANVULLING, VASTE_TEKSTEN, mergePhrases} from '../client/nl';

describe('fillNames', () => {
  it('gives a new entry the same URL as npm run nieuw would', () => {
    for (const t of ['Kenniscafé 2: Ouders aan tafel', '  Één — twee!  ', 'x'.repeat(80)])
      expect(kebab(t)).toBe(nieuwKebab(t));
    expect(fillNames('kenniscafes', {title: 'Kenniscafé 3: Ouders en pleegouders'})).toMatchObject({
      slug: 'kenniscafe-3-ouders-en-pleegouders',
    });
    expect(fillNames('begrippen', {term: 'Gezinshuisouder'})).toMatchObject({
      id: 'gezinshuisouder',
      slug: '/begrippen/gezinshuisouder',
    });
    expect(fillNames('bronnen', {titel: 'Verslag kenniscafé 3'})).toMatchObject({sleutel: 'verslag-kenniscafe-3'});
  });

  it('never cuts a key or slug in the middle of a word (guard: 60 characters fell inside "gezinshuisouders")', () => {
    // Character 60 falls inside "gezinshuisouders": the old cut gave "...ouders-en-gezinshuisoud".
    const titel = 'Verslag van het derde kenniscafé over ouders en gezinshuisouders samen aan tafel';
    expect(kebab(titel)).toBe('verslag-van-het-derde-kenniscafe-over-ouders-en');
    expect(kebab(titel).length).toBeLessThanOrEqual(60);
    expect(kebab('x'.repeat(80))).toHaveLength(60); // one word longer than the limit: cut, nothing else to do
  });

  it('never changes a name once set (a published URL stays)', () => {
    expect(fillNames('kenniscafes', {title: 'Nieuwe titel', slug: 'oude-slug'}).slug).toBe('oude-slug');
    expect(fillNames('bronnen', {titel: 'Andere titel', sleutel: 'kenniscafe-1'}).sleutel).toBe('kenniscafe-1');
  });
});

describe('the Tekst field', () => {
  it('gives headings the id npm run check asks for, unique on the page, and keeps existing ids', () => {
    expect(headingId('Wat we hoorden?')).toBe(suggestId('Wat we hoorden?'));
    expect(addHeadingIds('## Wat we hoorden\n\n### Tips\n\n## Tips\n\n## Oud {#vast}\n\n```\n## code\n```')).toBe(
      '## Wat we hoorden {#wat-we-hoorden}\n\n### Tips {#tips}\n\n## Tips {#tips-2}\n\n## Oud {#vast}\n\n```\n## code\n```',
    );
  });

  it('puts the excerpt marker after the first paragraph of a post, once', () => {
    expect(addTruncate('Eerste alinea\nloopt door.\n\nTweede.')).toBe(
      'Eerste alinea\nloopt door.\n\n<!-- truncate -->\n\nTweede.',
    );
    expect(addTruncate('Eén alinea.')).toBe('Eén alinea.\n\n<!-- truncate -->');
    const once = prepareBody('A.\n\n## Kop\n\nB.', {isPost: true});
    expect(prepareBody(once, {isPost: true})).toBe(once);
    expect(prepareBody('A.\n\nB.', {isPost: false})).not.toContain('truncate');
  });

  it('cleans a Word paste: paragraphs, bullets, spaces (guard: the raw paste stays one paragraph with tabs)', () => {
    const word =
      'Afspraken\u00a0helpen.\r\nSamen maken werkt.\n•\tEerste punt\n·\tTweede punt\n1)\tStap\n\n\n\nEinde  ';
    expect(cleanPaste(word)).toBe(
      'Afspraken helpen.\n\nSamen maken werkt.\n\n- Eerste punt\n- Tweede punt\n1. Stap\n\nEinde',
    );
    expect(tidyText('a\u00a0b\u00ad')).toBe('a b');
  });
});

describe('a new source from the page form', () => {
  const velden = [
    {name: 'titel', label: 'Titel', required: true, minLength: 3},
    {name: 'maker', label: 'Maker', required: true, minLength: 3},
    {name: 'soort', label: 'Soort document', required: true, minLength: 3},
    {name: 'vindplaats', label: 'Vindplaats', required: false, minLength: 3},
  ];

  it('has a whole-word key that no source has yet, and a file as the Bronnen form writes it', () => {
    expect(bronSleutel('Verslag kenniscafé 3', ['verslag-kenniscafe-3'])).toBe('verslag-kenniscafe-3-2');
    expect(
      bronYaml('verslag-3', {titel: 'Verslag: "drie"', maker: 'Deelnemers', soort: 'Verslag', vindplaats: ''}),
    ).toBe('sleutel: verslag-3\ntitel: "Verslag: \\"drie\\""\nmaker: "Deelnemers"\nsoort: "Verslag"\n');
  });

  it('says what is still missing, in the form’s words', () => {
    expect(bronTekort({titel: 'Ve', vindplaats: 'x'}, velden)).toEqual([
      'Titel (minstens 3 tekens)',
      'Maker (minstens 3 tekens)',
      'Soort document (minstens 3 tekens)',
      'Vindplaats (minstens 3 tekens)',
    ]);
    expect(bronTekort({titel: 'Verslag', maker: 'Wij', soort: 'Blad'}, velden)).toEqual([]);
  });

  it('is cited by the page once', () => {
    const n = {sleutel: 'verslag-3', waar: 'Hele verslag'};
    expect(citeer([{bron: 'kenniscafe-1', waar: 'p. 2'}], n)).toEqual([
      {bron: 'kenniscafe-1', waar: 'p. 2'},
      {bron: 'verslag-3', waar: 'Hele verslag'},
    ]);
    expect(citeer([{bron: 'verslag-3', waar: 'x'}], n)).toHaveLength(1);
    expect(citeer(undefined, {})).toEqual([]);
  });
});

describe('begrippen in the preview', () => {
  const terms: PreviewTerm[] = [
    {
      term: 'gezinshuisouder',
      permalink: '/begrippen/gezinshuisouder',
      definitie: 'Iemand die <zorgt>.',
      words: ['gezinshuisouder', 'gezinshuisouders'],
    },
  ];
  it('links a known term as the site does and flags an unknown one with the nearest term', () => {
    const m = markBegrippen('De [[Gezinshuisouders|ouders]] en [[gezinshuisoudr]].', terms);
    expect(m.text).toContain(
      '<a class="beheer-begrip" href="/begrippen/gezinshuisouder" title="Iemand die &lt;zorgt&gt;.">ouders</a>',
    );
    expect(m.text).toContain('<mark class="beheer-onbekend"');
    expect(m.text).toContain('Bedoel je &quot;gezinshuisouder&quot;?');
    expect(m.unknown).toEqual(['gezinshuisoudr']);
  });
});

describe('login', () => {
  it('opens Decap only when a login can work (guard: a build without BEHEER_AUTH_URL is "geen")', () => {
    expect(loginOf({backend: {}})).toBe('geen');
    expect(loginOf({backend: {base_url: 'https://api.netlify.com'}})).toBe('geen');
    expect(loginOf({backend: {base_url: 'https://api.netlify.com', site_domain: 'kb.netlify.app'}})).toBe('netlify');
    expect(loginOf({backend: {base_url: 'https://auth.example.org'}})).toBe('extern');
    expect(loginOf({backend: {}, local_backend: {url: 'http://localhost:8081/api/v1'}})).toBe('lokaal');
  });
});

describe('Dutch', () => {
  it('has every phrase Decap has in English (fails when a Decap update brings a new one)', async () => {
    const en = (await import('decap-cms-locales/dist/esm/en/index.js' as string)).default as Record<string, unknown>;
    const nl = (await import('decap-cms-locales/dist/esm/nl/index.js' as string)).default as Record<string, unknown>;
    type P = {[k: string]: string | P};
    const keys = (o: P, p = ''): [string, string][] =>
      Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? keys(v, `${p}${k}.`) : [[`${p}${k}`, v]]));
    const ours = new Map(keys(mergePhrases(nl as P, NL_AANVULLING as P)));
    const missing = keys(en as P).filter(([k]) => !ours.has(k));
    expect(missing).toEqual([]);
    const english = keys(en as P).filter(([k, v]) => ours.get(k) === v && /[a-z]{3}/.test(v) && !/^%\{/.test(v));
    // Words that are the same in Dutch.
    const same = ['app.header.media', 'editor.editorToolbar.status', 'ui.errorBoundary.detailsHeading'];
    expect(english.map(([k]) => k).filter((k) => !/\.(markdown|code|link)$/.test(k) && !same.includes(k))).toEqual([]);
    expect(ours.get('workflow.workflow.dateFormat')).toBe('D-M-YYYY');
    expect(VASTE_TEKSTEN['No options']).toBe('Geen keuzes');
  });
});
