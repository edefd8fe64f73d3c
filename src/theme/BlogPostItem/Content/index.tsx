/**
 * Wraps the blog post content: an untranslated kenniscafé says so on the English
 * site, and its Dutch text is marked lang="nl". Its sources are placed in the
 * content by the bronnen plugin's remark plugin.
 */
import React from 'react';
import Content from '@theme-original/BlogPostItem/Content';
import type ContentType from '@theme/BlogPostItem/Content';
import type {WrapperProps} from '@docusaurus/types';
import {useBlogPost} from '@docusaurus/plugin-content-blog/client';
import UntranslatedNotice, {useIsUntranslated} from '@site/src/components/UntranslatedNotice';

type Props = WrapperProps<typeof ContentType>;

export default function ContentWrapper(props: Props): React.ReactNode {
  const {metadata, isBlogPostPage} = useBlogPost();
  const untranslated = useIsUntranslated(metadata.source);
  return (
    <>
      {untranslated && isBlogPostPage && <UntranslatedNotice />}
      <div lang={untranslated ? 'nl' : undefined}>
        <Content {...props} />
      </div>
    </>
  );
}
