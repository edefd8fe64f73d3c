/**
 * Page text for the index, from the site's one Markdown toolkit
 * (src/content/markdown): the sections a reader sees, markers resolved to what
 * the reader reads, code, comments, imports and admonition fences left out.
 */
import {parseMarkdown, sections, type MarkdownFormat, type Section} from '../../../content/markdown';

export type MarkdownSection = Section;

export function markdownSections(body: string, format: MarkdownFormat = 'md'): MarkdownSection[] {
  return sections(parseMarkdown(body, format));
}
