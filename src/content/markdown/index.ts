export {formatOf, MarkdownSyntaxError, parseMarkdown, type MarkdownFormat} from './parse';
export {findMarkers, MARKER, resolveMarkers, type MarkerMatch} from './markers';
export {
  bodyAfterFrontMatter,
  frontMatterData,
  headings,
  INVISIBLE,
  links,
  markup,
  sections,
  textRuns,
  visibleText,
} from './structure';
export type {HeadingInfo, LinkInfo, MarkupInfo, Section, TextOptions, TextRun} from './structure';
