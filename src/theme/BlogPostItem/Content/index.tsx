import React from 'react';
import Content from '@theme-original/BlogPostItem/Content';
import type ContentType from '@theme/BlogPostItem/Content';
import type {WrapperProps} from '@docusaurus/types';
import {useBlogPost} from '@docusaurus/plugin-content-blog/client';
import Bronnen, {type BronRef} from '@site/src/components/Bronnen';
import UntranslatedNotice, {useIsUntranslated} from '@site/src/components/UntranslatedNotice';

type Props = WrapperProps<typeof ContentType>;

export default function ContentWrapper(props: Props): React.ReactNode {
  const {frontMatter, metadata, isBlogPostPage} = useBlogPost();
  const untranslated = useIsUntranslated(metadata.source);
  const bronnen = (frontMatter as {bronnen?: BronRef[]}).bronnen;
  return (
    <>
      {untranslated && isBlogPostPage && <UntranslatedNotice />}
      <div lang={untranslated ? 'nl' : undefined}>
        <Content {...props} />
        {isBlogPostPage && <Bronnen bronnen={bronnen} />}
      </div>
    </>
  );
}
