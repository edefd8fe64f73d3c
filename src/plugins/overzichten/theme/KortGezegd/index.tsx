import React from 'react';
import Translate from '@docusaurus/Translate';
import styles from './styles.module.css';

/**
 * "Kort gezegd": a summary in plain Dutch at the top of a page, from front
 * matter `kort_gezegd`. A section with its own heading, so screen-reader users
 * can jump to it and past it. The box needs no "#" link of its own, hence a
 * plain h2 rather than @theme/Heading.
 */
export default function KortGezegd({tekst}: {tekst: string}): React.ReactNode {
  return (
    <section className={styles.kortGezegd} aria-labelledby="kort-gezegd">
      {/* eslint-disable-next-line @docusaurus/prefer-docusaurus-heading -- no anchor link in the summary box */}
      <h2 id="kort-gezegd" className={styles.kop}>
        <Translate
          id="kennisbank.kortGezegd.heading"
          description="Heading of the plain-language summary at the top of a page">
          Kort gezegd
        </Translate>
      </h2>
      <p className={styles.tekst}>{tekst}</p>
    </section>
  );
}
