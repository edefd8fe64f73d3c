/**
 * Wraps the blog post footer (edit link, "Laatst gewijzigd", tags) and adds the
 * post's recorded major changes, "Geef feedback" and "Citeer deze pagina" on the post's own page.
 */
import React from 'react';
import Footer from '@theme-original/BlogPostItem/Footer';
import type FooterType from '@theme/BlogPostItem/Footer';
import type {WrapperProps} from '@docusaurus/types';
import {useBlogPost} from '@docusaurus/plugin-content-blog/client';
import PaginaVoet from '@site/src/components/PaginaVoet';
import Wijzigingsgeschiedenis from '@theme/Wijzigingsgeschiedenis';
import type {WijzigingNotitie} from '@site/src/plugins/wijzigingen/shared/types';

type Props = WrapperProps<typeof FooterType>;

export default function FooterWrapper(props: Props): React.ReactNode {
  const {metadata, isBlogPostPage} = useBlogPost();
  // A kenniscafé has its own date; only recorded major changes after it are listed.
  const wijzigingen = (metadata.frontMatter as {wijzigingen?: WijzigingNotitie[]}).wijzigingen ?? [];
  return (
    <>
      <Footer {...props} />
      {isBlogPostPage && wijzigingen.length > 0 && (
        <Wijzigingsgeschiedenis wijzigingen={wijzigingen} uitlegPad="/handleiding/over-de-edities#wijzigingen" />
      )}
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
