import React from 'react';
import Translate from '@docusaurus/Translate';

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
