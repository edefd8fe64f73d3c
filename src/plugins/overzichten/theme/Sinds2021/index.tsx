import React from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import {useKennisbankIndex} from '@site/src/plugins/kennisbank-index/client';

/** "What changed since 2021" on pages that exist in both editions, from front matter `sinds2021`. */
export default function Sinds2021({tekst}: {tekst: string}): React.ReactNode {
  return (
    <aside className="alert alert--info margin-bottom--md" aria-labelledby="sinds-2021">
      <p className="margin-bottom--xs">
        <strong id="sinds-2021">
          <Translate id="kennisbank.sinds2021.heading">Wat is er veranderd sinds de editie van 2021?</Translate>
        </strong>
      </p>
      <p className="margin-bottom--none">{tekst}</p>
    </aside>
  );
}

/**
 * On a page of the 2021 edition: what the current edition changed on it, read
 * from the current page's `sinds2021` (collected at build by the
 * kennisbank-index plugin), with a link to the current page.
 */
export function VeranderdInNieuweEditie({id}: {id: string}): React.ReactNode {
  const entry = useKennisbankIndex().sinds2021[id];
  if (!entry) return null;
  return (
    <aside className="alert alert--warning margin-bottom--md" aria-labelledby="veranderd-in-nieuwe-editie">
      <p className="margin-bottom--xs">
        <strong id="veranderd-in-nieuwe-editie">
          <Translate id="kennisbank.sinds2021.oudeEditie.heading">
            Wat is er op deze pagina veranderd in de huidige editie?
          </Translate>
        </strong>
      </p>
      <p className="margin-bottom--xs">{entry.tekst}</p>
      <p className="margin-bottom--none">
        <Link to={entry.permalink}>
          <Translate id="kennisbank.sinds2021.oudeEditie.link" values={{title: entry.title}}>
            {'Lees „{title}” in de huidige editie'}
          </Translate>
        </Link>
      </p>
    </aside>
  );
}
