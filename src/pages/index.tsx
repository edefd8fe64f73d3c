import React from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Translate, {translate} from '@docusaurus/Translate';
import styles from './index.module.css';

interface Route {
  id: string;
  wie: React.ReactNode;
  tekst: React.ReactNode;
  links: {to: string; label: React.ReactNode}[];
}

const routes: Route[] = [
  {
    id: 'ouders',
    wie: <Translate id="home.route.ouders.title">Ik ben ouder</Translate>,
    tekst: (
      <Translate id="home.route.ouders.text">
        Je kind woont in een gezinshuis of pleeggezin. Lees wat gedeeld opvoederschap voor jou betekent en wat je mag
        vragen.
      </Translate>
    ),
    links: [{to: '/voor-ouders', label: <Translate id="home.route.ouders.link">Informatie voor ouders</Translate>}],
  },
  {
    id: 'opvoeders',
    wie: <Translate id="home.route.opvoeders.title">Ik ben gezinshuisouder of pleegouder</Translate>,
    tekst: (
      <Translate id="home.route.opvoeders.text">
        Je zorgt elke dag voor een kind van andere ouders. Lees welke houding en welke handelingen helpen om samen te
        werken.
      </Translate>
    ),
    links: [
      {to: '/handleiding/houding', label: <Translate id="home.route.opvoeders.link1">Houding</Translate>},
      {
        to: '/handleiding/handelingen',
        label: <Translate id="home.route.opvoeders.link2">Relationele handelingen</Translate>,
      },
    ],
  },
  {
    id: 'professionals',
    wie: <Translate id="home.route.professionals.title">Ik ben professional</Translate>,
    tekst: (
      <Translate id="home.route.professionals.text">
        Je begeleidt ouders, opvoeders of hun samenwerking. Begin bij de handleiding van de Relationele Route en de
        spanningsvelden uit de praktijk.
      </Translate>
    ),
    links: [
      {to: '/handleiding', label: <Translate id="home.route.professionals.link1">Handleiding</Translate>},
      {to: '/spanningsvelden', label: <Translate id="home.route.professionals.link2">Spanningsvelden</Translate>},
      {to: '/werkbladen', label: <Translate id="home.route.professionals.link3">Werkbladen</Translate>},
    ],
  },
  {
    id: 'organisatie',
    wie: <Translate id="home.route.organisatie.title">Ik werk voor een organisatie</Translate>,
    tekst: (
      <Translate id="home.route.organisatie.text">
        Je wilt de route invoeren of naar deze kennisbank verwijzen. Lees waar de inhoud op rust en hoe je naar een
        vaste editie linkt.
      </Translate>
    ),
    links: [
      {to: '/over', label: <Translate id="home.route.organisatie.link1">Over deze kennisbank</Translate>},
      {to: '/onderzoek', label: <Translate id="home.route.organisatie.link2">Onderzoek</Translate>},
    ],
  },
];

export default function Home(): React.ReactNode {
  return (
    <Layout
      title={translate({id: 'home.meta.title', message: 'Samen opvoeden als een kind niet thuis woont'})}
      description={translate({
        id: 'home.meta.description',
        message:
          'Kennis en werkbladen voor ouders, gezinshuisouders, pleegouders en professionals die samen een kind opvoeden.',
      })}>
      <main className={styles.main}>
        <div className="container">
          <Heading as="h1" className={styles.title}>
            <Translate id="home.title">Kennisbank Gedeeld Opvoederschap</Translate>
          </Heading>
          <p className={styles.lead}>
            <Translate id="home.lead">
              Als een kind niet meer thuis kan wonen, voeden meer mensen het samen op: de ouders, de gezinshuisouders of
              pleegouders, en de professionals om hen heen. Deze kennisbank helpt hen om dat samen te doen.
            </Translate>
          </p>
          <p>
            <Translate id="home.intro">
              Je vindt hier de handleiding van de Relationele Route tot gedeeld opvoederschap, spanningsvelden uit de
              praktijk, gouden regels, samenvattingen van onderzoek, de opbrengst van kenniscafés, uitleg van begrippen
              en werkbladen. Alles in gewone taal, en elke pagina noemt de bronnen waarop ze rust.
            </Translate>
          </p>
          <Heading as="h2" id="waar-begin-ik" className={styles.h2}>
            <Translate id="home.start.heading">Waar begin ik?</Translate>
          </Heading>
          <ul className={styles.routes}>
            {routes.map((r) => (
              <li key={r.id} className={styles.route}>
                <Heading as="h3" className={styles.routeTitle}>
                  {r.wie}
                </Heading>
                <p>{r.tekst}</p>
                <ul className={styles.links}>
                  {r.links.map((l) => (
                    <li key={l.to}>
                      <Link to={l.to}>{l.label}</Link>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </div>
      </main>
    </Layout>
  );
}
