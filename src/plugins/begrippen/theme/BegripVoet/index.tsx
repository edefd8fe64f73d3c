/** On a term's own page, below the text: related terms and the way back to A–Z. Placed by the remark plugin. */
import React from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Translate, {translate} from '@docusaurus/Translate';
import {useInterfaceLang} from '@site/src/components/UntranslatedNotice';

export interface Props {
  verwant: readonly {term: string; permalink: string}[];
  /** The term's entry on the A–Z page: /begrippen#<id>. */
  azAnker: string;
}

export default function BegripVoet({verwant, azAnker}: Props): React.ReactNode {
  const lang = useInterfaceLang();
  return (
    <>
      {verwant.length > 0 && (
        <>
          <Heading as="h2" id="verwante-begrippen" lang={lang}>
            {translate({id: 'begrippen.term.verwant', message: 'Verwante begrippen'})}
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
      <p lang={lang}>
        <Link to={azAnker}>
          <Translate id="begrippen.term.alle">Alle begrippen van A tot Z</Translate>
        </Link>
      </p>
    </>
  );
}
