/**
 * The /spanningsvelden overview, built from the spanningsveld pages' front
 * matter (the overzichten plugin). Without JavaScript it is complete:
 * every page once, then the same pages grouped by thema and by doelgroep, with
 * anchor links to each group. With JavaScript a filter (checkboxes) narrows the
 * full list; its result count is announced to screen readers.
 */
import React, {useId, useState} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Translate, {translate} from '@docusaurus/Translate';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {useInterfaceLang} from '@site/src/components/UntranslatedNotice';
import {AUDIENCES} from '@site/src/content/vocabulary';
import {audienceLabel, themeLabel} from '@site/src/plugins/shared/client/labels';
import {groupBy, type SpanningsveldEntry} from '@site/src/plugins/overzichten/shared';
import styles from './styles.module.css';

export interface Props {
  /** Every spanningsveld of the current edition (filled in at build time). */
  spanningsvelden: readonly SpanningsveldEntry[];
}

function Kaart({e}: {e: SpanningsveldEntry}): React.ReactNode {
  const lang = useInterfaceLang();
  return (
    <li className={styles.kaart}>
      <Link to={e.permalink} className={styles.titel}>
        {e.title}
      </Link>
      <p className={styles.beschrijving}>{e.description}</p>
      <dl className={styles.kenmerken} lang={lang}>
        <div>
          <dt>
            <Translate
              id="kennisbank.spanningsvelden.thema"
              description="Spanningsvelden overview: label of a page's themes (and of the theme filter)">
              Thema
            </Translate>
          </dt>
          <dd>{e.thema.map(themeLabel).join(', ')}</dd>
        </div>
        <div>
          <dt>
            <Translate
              id="kennisbank.spanningsvelden.voor"
              description="Spanningsvelden overview card: label of who a page is for">
              Voor
            </Translate>
          </dt>
          <dd>{e.doelgroep.map(audienceLabel).join(', ')}</dd>
        </div>
      </dl>
    </li>
  );
}

function Filter({
  legend,
  opties,
  gekozen,
  zet,
}: {
  legend: string;
  opties: {key: string; naam: string}[];
  gekozen: Set<string>;
  zet: (s: Set<string>) => void;
}): React.ReactNode {
  const id = useId();
  return (
    <fieldset className={styles.fieldset}>
      <legend>{legend}</legend>
      {opties.map((o) => (
        <label key={o.key} className={styles.optie} htmlFor={`${id}-${o.key}`}>
          <input
            id={`${id}-${o.key}`}
            type="checkbox"
            checked={gekozen.has(o.key)}
            onChange={(ev) => {
              const next = new Set(gekozen);
              if (ev.target.checked) next.add(o.key);
              else next.delete(o.key);
              zet(next);
            }}
          />{' '}
          {o.naam}
        </label>
      ))}
    </fieldset>
  );
}

/** The pages grouped by theme or audience, one section with a heading per group. */
function Groepen({
  groepen,
  prefix,
  label,
  lang,
}: {
  groepen: ReturnType<typeof groupBy>;
  prefix: string;
  label: (key: string) => string;
  lang: string | undefined;
}): React.ReactNode {
  return groepen.map((g) => (
    <section key={g.key} aria-labelledby={`${prefix}-${g.key}`}>
      <Heading as="h3" id={`${prefix}-${g.key}`} lang={lang}>
        {label(g.key)}
      </Heading>
      <ul>
        {g.entries.map((e) => (
          <li key={e.id}>
            <Link to={e.permalink}>{e.title}</Link>
          </li>
        ))}
      </ul>
    </section>
  ));
}

export default function SpanningsveldenOverzicht({spanningsvelden}: Props): React.ReactNode {
  const isBrowser = useIsBrowser();
  const lang = useInterfaceLang();
  const [themas, setThemas] = useState<Set<string>>(new Set());
  const [doelgroepen, setDoelgroepen] = useState<Set<string>>(new Set());
  const perThema = groupBy(spanningsvelden, 'thema');
  const perDoelgroep = groupBy(spanningsvelden, 'doelgroep', AUDIENCES);
  const zichtbaar = spanningsvelden.filter(
    (e) =>
      (themas.size === 0 || e.thema.some((t) => themas.has(t))) &&
      (doelgroepen.size === 0 || e.doelgroep.some((d) => doelgroepen.has(d))),
  );
  return (
    <div className={styles.overzicht}>
      <nav aria-labelledby="kies-een-groep" className={styles.nav} lang={lang}>
        <p id="kies-een-groep" className={styles.navKop}>
          <Translate
            id="kennisbank.spanningsvelden.springNaar"
            description="Spanningsvelden overview: heading of the links to each group">
            Spring naar een groep
          </Translate>
        </p>
        <p>
          <span className={styles.navLabel}>
            <Translate
              id="kennisbank.spanningsvelden.themaLabel"
              description="Spanningsvelden overview: label before the links to each theme">
              Thema:
            </Translate>
          </span>{' '}
          {perThema.map((g, i) => (
            <React.Fragment key={g.key}>
              {i > 0 && ' · '}
              <Link href={`#thema-${g.key}`}>
                {themeLabel(g.key)} ({g.entries.length})
              </Link>
            </React.Fragment>
          ))}
        </p>
        <p>
          <span className={styles.navLabel}>
            <Translate
              id="kennisbank.spanningsvelden.voorWieLabel"
              description="Spanningsvelden overview: label before the links to each audience">
              Voor wie:
            </Translate>
          </span>{' '}
          {perDoelgroep.map((g, i) => (
            <React.Fragment key={g.key}>
              {i > 0 && ' · '}
              <Link href={`#voor-${g.key}`}>
                {audienceLabel(g.key)} ({g.entries.length})
              </Link>
            </React.Fragment>
          ))}
        </p>
      </nav>

      <Heading as="h2" id="alle-spanningsvelden" lang={lang}>
        {translate({
          id: 'kennisbank.spanningsvelden.alle',
          message: 'Alle spanningsvelden',
          description: 'Spanningsvelden overview: heading of the full (filterable) list',
        })}
      </Heading>
      {isBrowser && (
        <div className={styles.filters} role="group" aria-labelledby="filter-kop" lang={lang}>
          <p id="filter-kop" className={styles.navKop}>
            <Translate
              id="kennisbank.spanningsvelden.filter"
              description="Spanningsvelden overview: heading of the filter checkboxes">
              Filter de lijst
            </Translate>
          </p>
          <Filter
            legend={translate({id: 'kennisbank.spanningsvelden.thema', message: 'Thema'})}
            opties={perThema.map((g) => ({key: g.key, naam: themeLabel(g.key)}))}
            gekozen={themas}
            zet={setThemas}
          />
          <Filter
            legend={translate({id: 'kennisbank.spanningsvelden.voorWie', message: 'Voor wie'})}
            opties={perDoelgroep.map((g) => ({key: g.key, naam: audienceLabel(g.key)}))}
            gekozen={doelgroepen}
            zet={setDoelgroepen}
          />
          <p role="status" className={styles.aantal}>
            {zichtbaar.length === spanningsvelden.length
              ? translate(
                  {
                    id: 'kennisbank.spanningsvelden.aantalAlle',
                    message: 'Alle {n} spanningsvelden',
                    description: 'Spanningsvelden overview: filter result when nothing is filtered out',
                  },
                  {n: spanningsvelden.length},
                )
              : translate(
                  {
                    id: 'kennisbank.spanningsvelden.aantalGefilterd',
                    message: '{zichtbaar} van de {n} spanningsvelden',
                    description: 'Spanningsvelden overview: filter result, {zichtbaar} shown of {n}',
                  },
                  {zichtbaar: zichtbaar.length, n: spanningsvelden.length},
                )}
          </p>
        </div>
      )}
      <ul className={styles.kaarten}>
        {zichtbaar.map((e) => (
          <Kaart key={e.id} e={e} />
        ))}
      </ul>

      <Heading as="h2" id="per-thema" lang={lang}>
        {translate({
          id: 'kennisbank.spanningsvelden.perThema',
          message: 'Per thema',
          description: 'Spanningsvelden overview: heading of the pages grouped by theme',
        })}
      </Heading>
      <Groepen groepen={perThema} prefix="thema" label={themeLabel} lang={lang} />

      <Heading as="h2" id="per-doelgroep" lang={lang}>
        {translate({
          id: 'kennisbank.spanningsvelden.voorWie',
          message: 'Voor wie',
          description: 'Spanningsvelden overview: heading of the pages grouped by audience (and legend of that filter)',
        })}
      </Heading>
      <Groepen groepen={perDoelgroep} prefix="voor" label={audienceLabel} lang={lang} />
    </div>
  );
}
