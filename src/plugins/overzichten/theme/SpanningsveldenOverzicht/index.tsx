/**
 * The /spanningsvelden overview, built from the spanningsveld pages' front
 * matter (the overzichten plugin). Without JavaScript it is complete:
 * every page once, then the same pages grouped by thema and by doelgroep, with
 * anchor links to each group. With JavaScript a filter (checkboxes) narrows the
 * full list; its result count is announced to screen readers.
 */
import React, {useId, useState} from 'react';
import Link from '@docusaurus/Link';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {AUDIENCES, AUDIENCE_LABELS, THEME_LABELS} from '@site/src/content/vocabulary';
import {groupBy, type SpanningsveldEntry} from '@site/src/plugins/overzichten/shared';
import styles from './styles.module.css';

export interface Props {
  /** Every spanningsveld of the current edition (filled in at build time). */
  spanningsvelden: readonly SpanningsveldEntry[];
}

const DOELGROEP_NAMEN: Readonly<Record<string, string>> = AUDIENCE_LABELS;
const themaNaam = (id: string): string => (THEME_LABELS as Readonly<Record<string, string>>)[id] ?? id;

function Kaart({e}: {e: SpanningsveldEntry}): React.ReactNode {
  return (
    <li className={styles.kaart}>
      <Link to={e.permalink} className={styles.titel}>
        {e.title}
      </Link>
      <p className={styles.beschrijving}>{e.description}</p>
      <dl className={styles.kenmerken}>
        <div>
          <dt>Thema</dt>
          <dd>{e.thema.map(themaNaam).join(', ')}</dd>
        </div>
        <div>
          <dt>Voor</dt>
          <dd>{e.doelgroep.map((d) => DOELGROEP_NAMEN[d] ?? d).join(', ')}</dd>
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

export default function SpanningsveldenOverzicht({spanningsvelden}: Props): React.ReactNode {
  const isBrowser = useIsBrowser();
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
      <nav aria-labelledby="kies-een-groep" className={styles.nav}>
        <p id="kies-een-groep" className={styles.navKop}>
          Spring naar een groep
        </p>
        <p>
          <span className={styles.navLabel}>Thema:</span>{' '}
          {perThema.map((g, i) => (
            <React.Fragment key={g.key}>
              {i > 0 && ' · '}
              <a href={`#thema-${g.key}`}>
                {themaNaam(g.key)} ({g.entries.length})
              </a>
            </React.Fragment>
          ))}
        </p>
        <p>
          <span className={styles.navLabel}>Voor wie:</span>{' '}
          {perDoelgroep.map((g, i) => (
            <React.Fragment key={g.key}>
              {i > 0 && ' · '}
              <a href={`#voor-${g.key}`}>
                {DOELGROEP_NAMEN[g.key] ?? g.key} ({g.entries.length})
              </a>
            </React.Fragment>
          ))}
        </p>
      </nav>

      <h2 id="alle-spanningsvelden">Alle spanningsvelden</h2>
      {isBrowser && (
        <div className={styles.filters} role="group" aria-labelledby="filter-kop">
          <p id="filter-kop" className={styles.navKop}>
            Filter de lijst
          </p>
          <Filter
            legend="Thema"
            opties={perThema.map((g) => ({key: g.key, naam: themaNaam(g.key)}))}
            gekozen={themas}
            zet={setThemas}
          />
          <Filter
            legend="Voor wie"
            opties={perDoelgroep.map((g) => ({key: g.key, naam: DOELGROEP_NAMEN[g.key] ?? g.key}))}
            gekozen={doelgroepen}
            zet={setDoelgroepen}
          />
          <p role="status" className={styles.aantal}>
            {zichtbaar.length === spanningsvelden.length
              ? `Alle ${spanningsvelden.length} spanningsvelden`
              : `${zichtbaar.length} van de ${spanningsvelden.length} spanningsvelden`}
          </p>
        </div>
      )}
      <ul className={styles.kaarten}>
        {zichtbaar.map((e) => (
          <Kaart key={e.id} e={e} />
        ))}
      </ul>

      <h2 id="per-thema">Per thema</h2>
      {perThema.map((g) => (
        <section key={g.key} aria-labelledby={`thema-${g.key}`}>
          <h3 id={`thema-${g.key}`}>{themaNaam(g.key)}</h3>
          <ul>
            {g.entries.map((e) => (
              <li key={e.id}>
                <Link to={e.permalink}>{e.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      ))}

      <h2 id="per-doelgroep">Voor wie</h2>
      {perDoelgroep.map((g) => (
        <section key={g.key} aria-labelledby={`voor-${g.key}`}>
          <h3 id={`voor-${g.key}`}>{DOELGROEP_NAMEN[g.key] ?? g.key}</h3>
          <ul>
            {g.entries.map((e) => (
              <li key={e.id}>
                <Link to={e.permalink}>{e.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
