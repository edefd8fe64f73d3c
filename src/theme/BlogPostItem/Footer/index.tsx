/**
 * Wraps the blog post footer (edit link, "Laatst bijgewerkt", tags) and adds
 * "Geef feedback" and "Citeer deze pagina" on the post's own page.
 */
import React from 'react';
import Footer from '@theme-original/BlogPostItem/Footer';
import type FooterType from '@theme/BlogPostItem/Footer';
import type {WrapperProps} from '@docusaurus/types';
import {useBlogPost} from '@docusaurus/plugin-content-blog/client';
import PaginaVoet from '@site/src/components/PaginaVoet';

type Props = WrapperProps<typeof FooterType>;

export default function FooterWrapper(props: Props): React.ReactNode {
  const {metadata, isBlogPostPage} = useBlogPost();
  return (
    <>
      <Footer {...props} />
      {isBlogPostPage && (
        <PaginaVoet
          title={metadata.title}
          permalink={metadata.permalink}
          date={metadata.lastUpdatedAt ?? metadata.date}
        />
      )}
    </>
  );
}
