/**
 * The tags in every page's head: the OpenSearch description and each edition's feeds (Atom and
 * JSON Feed), so browsers and feed readers find them.
 */
import type {HtmlTags} from '@docusaurus/types';
import {normalizeUrl} from '@docusaurus/utils';
import {OPENSEARCH_PAD, feedPad, type FeedSoort} from '../shared/paden';
import {tekst} from '../shared/teksten';
import {feedTitel, type WijzigingenSite} from './site';

const FEED_TYPES: Record<FeedSoort, string> = {atom: 'application/atom+xml', json: 'application/feed+json'};

export function kopTags(site: WijzigingenSite): HtmlTags {
  // site.baseUrl already has the locale: /en/ on the English site.
  const href = (p: string) => normalizeUrl([site.baseUrl, p]);
  const tags: HtmlTags = [
    {
      tagName: 'link',
      attributes: {
        rel: 'search',
        type: 'application/opensearchdescription+xml',
        title: tekst(site.t, 'kennisbank.kop.zoeken'),
        href: href(OPENSEARCH_PAD),
      },
    },
  ];
  for (const e of site.edities) {
    const title = feedTitel(site, e);
    for (const soort of ['atom', 'json'] as const) {
      tags.push({
        tagName: 'link',
        attributes: {rel: 'alternate', type: FEED_TYPES[soort], title, href: href(feedPad(e, soort))},
      });
    }
  }
  return tags;
}
