/**
 * The strictness of the build, shared by the real site and the guard fixtures
 * in tests/, so a test proves that *these* settings make a broken link fail.
 */
import type {Config} from '@docusaurus/types';

export const strictBuild = {
  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',
  markdown: {
    hooks: {
      onBrokenMarkdownLinks: 'throw',
      onBrokenMarkdownImages: 'throw',
    },
  },
} satisfies Partial<Config>;

export const strictBlog = {
  onInlineTags: 'throw',
  onInlineAuthors: 'throw',
  onUntruncatedBlogPosts: 'throw',
} as const;
