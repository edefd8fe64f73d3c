/**
 * "De route in één oogopslag": the 3 phases × 3 tracks of the Relationele Route
 * as a real data table (caption, row and column headers), every cell a link to
 * its section on the phase page of the same edition. On narrow screens the rows
 * stack into cards; ARIA table roles keep the table semantics that some browsers
 * drop when a table's display changes. A plain list follows as text alternative.
 */
import React from 'react';
import Link from '@docusaurus/Link';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import {FASEN, SPOORNAMEN, SPOREN, celPad, type Editie} from './route';
import styles from './styles.module.css';

export default function RouteOverzicht(): React.ReactNode {
  const {metadata} = useDoc();
  const editie: Editie = metadata.version === '2021' ? '2021' : 'current';
  const namen = SPOORNAMEN[editie];
  const soort = editie === '2021' ? 'modules' : 'sporen';
  return (
    <>
      <div className={styles.wrapper}>
        <table className={styles.route} role="table">
          <caption className={styles.caption}>
            De Relationele Route: drie fasen (rijen) en drie {soort} (kolommen). Elke cel gaat naar de uitleg van dat
            onderdeel.
          </caption>
          <thead role="rowgroup">
            <tr role="row">
              <th scope="col" role="columnheader">
                Fase
              </th>
              {SPOREN.map((s) => (
                <th key={s} scope="col" role="columnheader" className={styles[s]}>
                  {namen[s]}
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
                    <Link className={styles.celLink} to={celPad(editie, fase.id, fase.cellen[s].anker)}>
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
        <summary>De route als lijst</summary>
        <ol>
          {FASEN.map((fase) => (
            <li key={fase.id}>
              <Link to={celPad(editie, fase.id, fase.cellen.ouders.anker).replace(/#.*/, '')}>{fase.naam}</Link>
              <ul>
                {SPOREN.map((s) => (
                  <li key={s}>
                    {namen[s]}:{' '}
                    <Link to={celPad(editie, fase.id, fase.cellen[s].anker)}>{fase.cellen[s].naam}</Link>
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
