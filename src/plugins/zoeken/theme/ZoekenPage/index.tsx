/**
 * /zoeken?q=…&type=…&editie=… : all results, with filters by content type and
 * edition. The URL is the state, so a search can be shared.
 */
import {useEffect, useMemo, useState, type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import {useHistory, useLocation} from '@docusaurus/router';
import Translate, {translate} from '@docusaurus/Translate';
import Highlighted from '@site/src/plugins/zoeken/client/Highlighted';
import ResultSnippet from '@site/src/plugins/zoeken/client/ResultSnippet';
import {TYPES, typeLabel} from '@site/src/plugins/zoeken/client/labels';
import {useSearch, useZoekenData} from '@site/src/plugins/zoeken/client/useSearch';
import styles from './styles.module.css';

/** The search as the URL states it. */
function readSearch(search: string): {q: string; typeParam: string[]; editie: string} {
  const params = new URLSearchParams(search);
  return {q: params.get('q') ?? '', typeParam: params.getAll('type'), editie: params.get('editie') ?? 'current'};
}

export default function ZoekenPage(): ReactNode {
  const data = useZoekenData();
  const location = useLocation();
  const history = useHistory();
  // Read once per URL: the arrays keep their identity, so the search reruns only when the URL changes.
  const {q, typeParam, editie} = useMemo(() => readSearch(location.search), [location.search]);
  const [draft, setDraft] = useState(q);
  // A new query in the URL (back button, a shared link) replaces what was typed: adjusted while rendering, not in an effect.
  const [draftFor, setDraftFor] = useState(q);
  if (draftFor !== q) {
    setDraftFor(q);
    setDraft(q);
  }

  const {indexes} = data;
  const versions = useMemo(() => (editie === 'alle' ? indexes.map((e) => e.version) : [editie]), [editie, indexes]);
  const types = typeParam.length > 0 ? typeParam : undefined;
  const {activate, ready, error, results} = useSearch(q, versions, {types}, 50, false);
  useEffect(() => activate(), [activate]);

  const update = (next: {q?: string; types?: string[]; editie?: string}) => {
    const p = new URLSearchParams();
    const nq = next.q ?? q;
    if (nq) p.set('q', nq);
    for (const t of next.types ?? typeParam) p.append('type', t);
    const ne = next.editie ?? editie;
    if (ne !== 'current') p.set('editie', ne);
    history.replace({search: p.toString()});
  };

  const title = translate({id: 'zoeken.page.title', message: 'Zoeken'});
  return (
    <Layout title={title} description={translate({id: 'zoeken.page.description', message: 'Zoek in de kennisbank.'})}>
      <main className={`container margin-vert--lg ${styles.page}`}>
        <Heading as="h1">{title}</Heading>
        <form
          role="search"
          onSubmit={(e) => {
            e.preventDefault();
            update({q: draft});
          }}>
          <label htmlFor="zoeken-q" className={styles.label}>
            <Translate id="zoeken.input.label">Zoek op een woord of vraag</Translate>
          </label>
          <div className={styles.row}>
            <input
              id="zoeken-q"
              type="search"
              className={styles.input}
              value={draft}
              onChange={(e) => setDraft(e.target.value)}
            />
            <button type="submit" className="button button--primary">
              <Translate id="zoeken.submit">Zoek</Translate>
            </button>
          </div>
          <div className={styles.filters}>
            <fieldset>
              <legend>
                <Translate id="zoeken.filter.type">Soort pagina</Translate>
              </legend>
              {TYPES.map((t) => (
                <label key={t} className={styles.check}>
                  <input
                    type="checkbox"
                    checked={typeParam.includes(t)}
                    onChange={(e) =>
                      update({types: e.target.checked ? [...typeParam, t] : typeParam.filter((x) => x !== t)})
                    }
                  />{' '}
                  {typeLabel(t)}
                </label>
              ))}
            </fieldset>
            <fieldset>
              <legend>
                <Translate id="zoeken.filter.edition">Editie</Translate>
              </legend>
              {[
                ...data.indexes.map((e) => ({value: e.version, label: e.edition})),
                {value: 'alle', label: translate({id: 'zoeken.filter.edition.all', message: 'Alle edities'})},
              ].map((o) => (
                <label key={o.value} className={styles.check}>
                  <input
                    type="radio"
                    name="editie"
                    value={o.value}
                    checked={editie === o.value}
                    onChange={() => update({editie: o.value})}
                  />{' '}
                  {o.label}
                </label>
              ))}
            </fieldset>
          </div>
        </form>
        <p role="status" className={styles.status}>
          {error ??
            (!ready
              ? translate({id: 'zoeken.status.loading', message: 'Zoekindex laden…'})
              : q === ''
                ? ''
                : translate(
                    {id: 'zoeken.page.count', message: '{count} resultaten voor „{query}”.'},
                    {count: results.length, query: q},
                  ))}
        </p>
        {ready && q !== '' && results.length === 0 && (
          <div className={styles.empty}>
            <Heading as="h2">
              <Translate id="zoeken.empty.title">Niets gevonden</Translate>
            </Heading>
            <p>
              <Translate id="zoeken.empty.text">
                Deze kennisbank vond geen pagina met die woorden. Probeer een korter of ander woord, zet filters uit, of
                kijk bij:
              </Translate>
            </p>
            <ul>
              <li>
                <Link to="/begrippen">
                  <Translate id="zoeken.empty.begrippen">Begrippen</Translate>
                </Link>
              </li>
              <li>
                <Link to="/handleiding">
                  <Translate id="zoeken.empty.handleiding">Handleiding</Translate>
                </Link>
              </li>
              <li>
                <Link to="/spanningsvelden">
                  <Translate id="zoeken.empty.spanningsvelden">Spanningsvelden</Translate>
                </Link>
              </li>
              <li>
                <Link to="/werkbladen">
                  <Translate id="zoeken.empty.werkbladen">Werkbladen</Translate>
                </Link>
              </li>
            </ul>
          </div>
        )}
        <ol className={styles.results}>
          {results.map((r) => (
            <li key={`${r.hit.record.version}:${r.hit.record.path}`} className={styles.result}>
              <span className={styles.type}>
                {typeLabel(r.hit.record.page.y)}
                {editie === 'alle' ? ` · ${r.hit.record.edition}` : ''}
              </span>
              <Heading as="h2" className={styles.title}>
                <Link to={`/${r.hit.record.path}`}>
                  <Highlighted pieces={r.title} />
                  {r.hit.record.section.h ? ' › ' : ''}
                  <Highlighted pieces={r.path} />
                </Link>
              </Heading>
              <p className={styles.snippet}>
                <ResultSnippet view={r} />
              </p>
            </li>
          ))}
        </ol>
      </main>
    </Layout>
  );
}
