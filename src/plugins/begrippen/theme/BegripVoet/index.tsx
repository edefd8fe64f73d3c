/** On a term's own page, below the text: related terms and the way back to A–Z. Placed by the remark plugin. */
import React from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Translate from '@docusaurus/Translate';

export interface Props {
  verwant: readonly {term: string; permalink: string}[];
  /** The term's entry on the A–Z page: /begrippen#<id>. */
  azAnker: string;
}

export default function BegripVoet({verwant, azAnker}: Props): React.ReactNode {
  return (
    <>
      {verwant.length > 0 && (
        <>
          <Heading as="h2" id="verwante-begrippen">
            <Translate id="begrippen.term.verwant">Verwante begrippen</Translate>
          </Heading>
          <ul>
            {verwant.map((b) => (
              <li key={b.permalink}>
                <Link to={b.permalink}>{b.term}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <Link to={azAnker}>
          <Translate id="begrippen.term.alle">Alle begrippen van A tot Z</Translate>
        </Link>
      </p>
    </>
  );
}
