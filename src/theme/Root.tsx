/**
 * Around every page. For a self-hosted copy built with CANONICAL_URL, the canonical link names the
 * page on the public site (links stay local): search engines and readers who copy it get the public
 * address. Without CANONICAL_URL this adds nothing. Rendered after the page, so it has the last word.
 */
import React from 'react';
import Head from '@docusaurus/Head';
import {useLocation} from '@docusaurus/router';
import {canonicalFor} from '@site/src/lib/adres';
import {VAST_PAD, useSiteAddress} from '@site/src/components/Adres';

function PublicCanonical(): React.ReactNode {
  const address = useSiteAddress();
  const {pathname} = useLocation();
  const url = address.canonicalUrl ? canonicalFor(address, pathname, VAST_PAD) : undefined;
  if (!url) return null;
  return (
    <Head>
      <meta property="og:url" content={url} />
      <link rel="canonical" href={url} />
    </Head>
  );
}

export default function Root({children}: {children: React.ReactNode}): React.ReactNode {
  return (
    <>
      {children}
      <PublicCanonical />
    </>
  );
}
