/**
 * Reading the change feeds as a feed reader does: Atom through a real feed parser
 * (@rowanmanning/feed-parser), JSON Feed against the parts of the specification
 * (https://www.jsonfeed.org/version/1/) a reader relies on, plus the site's extension.
 */
import {parseFeed} from '@rowanmanning/feed-parser';
import * as z from 'zod';

export const jsonFeedSchema = z.object({
  version: z.string().startsWith('https://jsonfeed.org/version/1'),
  title: z.string().min(1),
  home_page_url: z.url(),
  feed_url: z.url(),
  description: z.string().optional(),
  items: z.array(
    z.object({
      id: z.string().min(1),
      url: z.url(),
      title: z.string().min(1),
      content_html: z.string().min(1),
      summary: z.string().optional(),
      date_published: z.iso.datetime(),
      date_modified: z.iso.datetime(),
      _kennisbank: z.object({
        vaste_url: z.url().optional(),
        pagina: z.string().optional(),
        erratum: z.string().optional(),
        paginas: z.array(z.url()).optional(),
      }),
    }),
  ),
});
export type JsonFeed = z.output<typeof jsonFeedSchema>;

export interface GelezenItem {
  id: string | null;
  title: string | null;
  url: string | null;
  updated: Date | null;
  published: Date | null;
  content: string | null;
}

/** An Atom feed as a reader sees it: title, self link and items. */
export function leesAtom(xml: string): {
  title: string | null;
  self: string | null;
  url: string | null;
  items: GelezenItem[];
} {
  const feed = parseFeed(xml);
  return {
    title: feed.title,
    self: feed.self,
    url: feed.url,
    items: feed.items.map((i) => ({
      id: i.id,
      title: i.title,
      url: i.url,
      updated: i.updated,
      published: i.published,
      content: i.content,
    })),
  };
}

export function leesJsonFeed(text: string): JsonFeed {
  return jsonFeedSchema.parse(JSON.parse(text));
}
