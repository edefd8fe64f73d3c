import {XMLParser} from 'fast-xml-parser';
import {describe, expect, it} from 'vitest';
import {openSearchXml} from '../server/opensearch';

const xml = openSearchXml({
  korteNaam: 'Kennisbank GO',
  beschrijving: 'Zoek in de Kennisbank Gedeeld Opvoederschap & meer',
  taal: 'nl',
  zoekUrl: 'https://intranet.example.org/kennisbank/zoeken',
  eigenUrl: 'https://intranet.example.org/kennisbank/opensearch.xml',
  icoon: 'https://intranet.example.org/kennisbank/img/favicon.svg',
});

describe('openSearchXml', () => {
  it('is an OpenSearch 1.1 description whose template is the search page with ?q=', () => {
    const doc = new XMLParser({ignoreAttributes: false}).parse(xml) as {
      OpenSearchDescription: {
        '@_xmlns': string;
        ShortName: string;
        Description: string;
        Url: {'@_type': string; '@_template': string}[];
      };
    };
    const d = doc.OpenSearchDescription;
    expect(d['@_xmlns']).toBe('http://a9.com/-/spec/opensearch/1.1/');
    expect(d.ShortName.length).toBeLessThanOrEqual(16);
    expect(d.Description).toBe('Zoek in de Kennisbank Gedeeld Opvoederschap & meer');
    expect(d.Url.find((u) => u['@_type'] === 'text/html')!['@_template']).toBe(
      'https://intranet.example.org/kennisbank/zoeken?q={searchTerms}',
    );
  });

  it('refuses a short name longer than the specification allows', () => {
    expect(() =>
      openSearchXml({
        korteNaam: 'Kennisbank Gedeeld Opvoederschap',
        beschrijving: '',
        taal: 'nl',
        zoekUrl: '',
        eigenUrl: '',
        icoon: '',
      }),
    ).toThrow(/16 tekens/);
  });
});
