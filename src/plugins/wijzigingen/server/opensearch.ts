/**
 * An OpenSearch description (https://github.com/dewitt/opensearch), so a browser or an intranet
 * portal can search the site: its template is the search page with ?q=. One per locale.
 */
export interface OpenSearchInvoer {
  /** At most 16 characters (the specification's limit for ShortName). */
  korteNaam: string;
  beschrijving: string;
  taal: string;
  /** Absolute URL of the search page, without query. */
  zoekUrl: string;
  /** Absolute URL of this description itself. */
  eigenUrl: string;
  /** Absolute URL of the site's icon (SVG). */
  icoon: string;
}

const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function openSearchXml(i: OpenSearchInvoer): string {
  if (i.korteNaam.length > 16) throw new Error(`OpenSearch ShortName is langer dan 16 tekens: "${i.korteNaam}"`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">',
    `  <ShortName>${escape(i.korteNaam)}</ShortName>`,
    `  <Description>${escape(i.beschrijving)}</Description>`,
    `  <Language>${escape(i.taal)}</Language>`,
    '  <InputEncoding>UTF-8</InputEncoding>',
    `  <Image type="image/svg+xml">${escape(i.icoon)}</Image>`,
    `  <Url type="text/html" method="get" template="${escape(i.zoekUrl)}?q={searchTerms}"/>`,
    `  <Url type="application/opensearchdescription+xml" rel="self" template="${escape(i.eigenUrl)}"/>`,
    '</OpenSearchDescription>',
    '',
  ].join('\n');
}
