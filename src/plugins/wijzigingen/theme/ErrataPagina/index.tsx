/**
 * /2021/errata (and /en/2021/errata): every correction of a frozen edition since it was fixed,
 * newest first. Each erratum has its own anchor (its id), so a page's notice and the feed can
 * link to it: date, kind, what changed, why, the pages and records it corrects, and the source
 * passage it rests on. The errata's own text is Dutch; on the English site it says so with lang.
 */
import React from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {datumTekst} from '../../client/datum';
import {soortLabel} from '../../client/soortLabel';
import type {ErrataPaginaData, ErratumDoel} from '../../shared/types';
import styles from './styles.module.css';

export interface Props {
  data: ErrataPaginaData;
}

function Doel({doel}: {doel: ErratumDoel}): React.ReactNode {
  switch (doel.soort) {
    case 'pagina':
      return <Link to={doel.pad}>{doel.titel}</Link>;
    case 'zijbalk':
      return <Translate id="kennisbank.errata.doel.zijbalk">de inhoudsopgave (zijbalk) van de editie</Translate>;
    case 'vertaling':
      return (
        <Translate id="kennisbank.errata.doel.vertaling" values={{taal: doel.locale}}>
          {'de namen in het menu en de zijbalk (taal: {taal})'}
        </Translate>
      );
    case 'bron':
      return (
        <Translate id="kennisbank.errata.doel.bron" values={{titel: <cite lang="nl">„{doel.titel}”</cite>}}>
          {'de beschrijving van de bron {titel} onder de pagina’s'}
        </Translate>
      );
    case 'literatuur':
      return (
        <Translate id="kennisbank.errata.doel.literatuur" values={{id: <code>{doel.id}</code>}}>
          {'de literatuurverwijzing {id}'}
        </Translate>
      );
    case 'route':
      return <Translate id="kennisbank.errata.doel.route">de tabel van de route</Translate>;
    case 'bestand':
      return <code>{doel.bestand}</code>;
  }
}

export default function ErrataPagina({data}: Props): React.ReactNode {
  const {i18n} = useDocusaurusContext();
  const nl = i18n.currentLocale === 'nl' ? undefined : 'nl';
  const editie = data.label.toLowerCase();
  const title = translate({id: 'kennisbank.errata.titel', message: 'Errata van de {editie}'}, {editie});
  return (
    <Layout
      title={title}
      description={translate(
        {
          id: 'kennisbank.errata.beschrijving',
          message: 'Alle correcties van de {editie} sinds de inhoud is vastgezet: wat, waarom en op welke bron.',
        },
        {editie},
      )}>
      <main className={`container margin-vert--lg ${styles.pagina}`}>
        <Heading as="h1">{title}</Heading>
        <p>
          <Translate id="kennisbank.errata.intro" values={{editie: <Link to={data.startPad}>{data.label}</Link>}}>
            {
              'De inhoud van de {editie} ligt vast: de tekst verandert niet meer met wat we later leren. Maar een fout herstellen we wel. Elke correctie staat hieronder, met de datum, wat er veranderde, waarom, en op welke bron de tekst nu rust. Op elke gecorrigeerde pagina staat bovenaan een melding.'
            }
          </Translate>
        </p>
        <p>
          <Translate
            id="kennisbank.errata.volgen"
            values={{
              atom: (
                <Link to={`pathname://${data.feeds.atom}`}>
                  {translate({id: 'kennisbank.feed.atom', message: 'Atom', description: 'Name of the feed format'})}
                </Link>
              ),
              json: (
                <Link to={`pathname://${data.feeds.json}`}>
                  {translate({
                    id: 'kennisbank.feed.json',
                    message: 'JSON Feed',
                    description: 'Name of the feed format',
                  })}
                </Link>
              ),
            }}>
            {'Op de hoogte blijven van nieuwe errata? Volg de feed ({atom} of {json}).'}
          </Translate>
        </p>
        {data.errata.length === 0 ? (
          <p>
            <Translate id="kennisbank.errata.geen">Deze editie heeft nog geen errata.</Translate>
          </p>
        ) : (
          <ol className={styles.lijst}>
            {data.errata.map((e) => (
              <li key={e.id} className={styles.erratum}>
                <article aria-labelledby={`${e.id}-kop`}>
                  <Heading as="h2" id={e.id} className={styles.kop}>
                    <span id={`${e.id}-kop`}>
                      <time dateTime={e.datum}>{datumTekst(e.datum, i18n.currentLocale)}</time>
                      {': '}
                      {soortLabel(e.soort)}
                    </span>
                  </Heading>
                  <dl className={styles.velden}>
                    <dt>
                      <Translate id="kennisbank.errata.veld.wat">Wat veranderde</Translate>
                    </dt>
                    <dd lang={nl}>{e.wat}</dd>
                    <dt>
                      <Translate id="kennisbank.errata.veld.waarom">Waarom</Translate>
                    </dt>
                    <dd lang={nl}>{e.waarom}</dd>
                    <dt>
                      <Translate id="kennisbank.errata.veld.waar">Gecorrigeerd in</Translate>
                    </dt>
                    <dd>
                      <ul className={styles.doelen}>
                        {e.doelen.map((d, i) => (
                          <li key={i}>
                            <Doel doel={d} />
                          </li>
                        ))}
                      </ul>
                    </dd>
                    {e.bronnen.length > 0 && (
                      <>
                        <dt>
                          <Translate id="kennisbank.errata.veld.bron">Rust nu op</Translate>
                        </dt>
                        <dd>
                          <ul className={styles.doelen}>
                            {e.bronnen.map((b, i) => (
                              <li key={i} lang={nl}>
                                {/* A source's title is its own words: quoted, as a reference. */}
                                <cite>„{b.titel}”</cite>: {b.waar}
                              </li>
                            ))}
                          </ul>
                        </dd>
                      </>
                    )}
                  </dl>
                </article>
              </li>
            ))}
          </ol>
        )}
      </main>
    </Layout>
  );
}
