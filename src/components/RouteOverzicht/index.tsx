/**
 * "De route in één oogopslag": the 3 phases × 3 tracks of the Relationele Route
 * as a real data table (caption, row and column headers), every cell a link to
 * its section on the phase page of the same edition. Where the text column is too
 * narrow for the table (phones, and laptops beside the table of contents) the rows
 * stack into cards; ARIA table roles keep the table semantics that some browsers
 * drop when a table's display changes. A plain list follows as text alternative.
 */
import React from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import {useInterfaceLang} from '@site/src/components/UntranslatedNotice';
import {FASEN, SPOORNAMEN, SPOREN, celPad, type Editie} from './route';
import styles from './styles.module.css';

/**
 * "pleegouder/gezinshuisouder" (2021) may wrap after the slash; as one word it made its column,
 * and with it the table, too wide for the text column beside the table of contents.
 */
function breakAfterSlash(text: string): React.ReactNode {
  return text.split('/').map((part, i) => (
    <React.Fragment key={i}>
      {i > 0 && (
        <>
          /<wbr />
        </>
      )}
      {part}
    </React.Fragment>
  ));
}

export default function RouteOverzicht(): React.ReactNode {
  const {metadata} = useDoc();
  const editie: Editie = metadata.version === '2021' ? '2021' : 'current';
  const namen = SPOORNAMEN[editie];
  const lang = useInterfaceLang();
  return (
    <>
      <div className={styles.wrapper}>
        <table className={styles.route} role="table">
          <caption className={styles.caption} lang={lang}>
            {/* The tracks were called "modules" in the 2021 pilot and "sporen" after it. */}
            {editie === '2021' ? (
              <Translate
                id="kennisbank.route.caption.modules"
                description="Route overview table (2021 edition, where the tracks were called modules): caption">
                De Relationele Route: drie fasen (rijen) en drie modules (kolommen). Elke cel gaat naar de uitleg van
                dat onderdeel.
              </Translate>
            ) : (
              <Translate id="kennisbank.route.caption.sporen" description="Route overview table: caption">
                De Relationele Route: drie fasen (rijen) en drie sporen (kolommen). Elke cel gaat naar de uitleg van dat
                onderdeel.
              </Translate>
            )}
          </caption>
          <thead role="rowgroup">
            <tr role="row">
              <th scope="col" role="columnheader" lang={lang}>
                <Translate
                  id="kennisbank.route.fase"
                  description="Route overview table: header of the column with the phases">
                  Fase
                </Translate>
              </th>
              {SPOREN.map((s) => (
                <th key={s} scope="col" role="columnheader" className={styles[s]}>
                  {breakAfterSlash(namen[s])}
                </th>
              ))}
            </tr>
          </thead>
          <tbody role="rowgroup">
            {FASEN.map((fase, i) => (
              <tr key={fase.id} role="row">
                <th scope="row" role="rowheader" className={styles.fase}>
                  <span className={styles.stap} aria-hidden="true">
                    {i + 1}
                  </span>{' '}
                  {fase.naam}
                </th>
                {SPOREN.map((s) => (
                  <td key={s} role="cell" className={styles[s]}>
                    {/* Visible on phones only, where the column header is out of sight; the header already names it for screen readers. */}
                    <span className={styles.celLabel} aria-hidden="true">
                      {namen[s]}
                    </span>
                    <Link className={styles.celLink} to={celPad(metadata.version, fase.id, fase.cellen[s].anker)}>
                      {fase.cellen[s].naam}
                    </Link>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <details className={styles.lijst}>
        <summary lang={lang}>
          <Translate
            id="kennisbank.route.alsLijst"
            description="Route overview: the same route as a plain list (a details/summary)">
            De route als lijst
          </Translate>
        </summary>
        <ol>
          {FASEN.map((fase) => (
            <li key={fase.id}>
              <Link to={celPad(metadata.version, fase.id, fase.cellen.ouders.anker).replace(/#.*/, '')}>
                {fase.naam}
              </Link>
              <ul>
                {SPOREN.map((s) => (
                  <li key={s}>
                    {namen[s]}:{' '}
                    <Link to={celPad(metadata.version, fase.id, fase.cellen[s].anker)}>{fase.cellen[s].naam}</Link>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      </details>
    </>
  );
}
