/**
 * What the errata page of a frozen edition shows: every erratum, newest first, with the pages it
 * corrects as links (titles as the edition has them), the data records it corrects by name, and
 * the source passages it rests on. Pure.
 */
import type {Erratum} from '../../../content/errata';
import type {Bron} from '../../../content/siteData';
import {editionPath} from '../../../content/vocabulary';
import type {ErrataPaginaData, ErratumDoel, ErratumWeergave} from '../shared/types';
import {feedPad} from '../shared/paden';
import type {EditiePaginas} from './verzamel';

function doelVan(key: string, editie: EditiePaginas, bronnen: readonly Bron[]): ErratumDoel {
  const pagina = editie.paginas.find((p) => p.bestand === key);
  if (pagina) return {soort: 'pagina', titel: pagina.titel, pad: pagina.pad};
  if (/^versioned_sidebars\//.test(key)) return {soort: 'zijbalk'};
  const vertaling = /^i18n\/([^/]+)\/docusaurus-plugin-content-docs\/version-[^/]+\.json$/.exec(key);
  if (vertaling) return {soort: 'vertaling', locale: vertaling[1]!};
  const [kind, id] = key.split(':') as [string, string | undefined];
  if (kind === 'bron' && id) return {soort: 'bron', titel: bronnen.find((b) => b.key === id)?.titel ?? id};
  if (kind === 'literatuur' && id) return {soort: 'literatuur', id};
  if (kind === 'route') return {soort: 'route'};
  return {soort: 'bestand', bestand: key};
}

export function erratumWeergave(e: Erratum, editie: EditiePaginas, bronnen: readonly Bron[]): ErratumWeergave {
  return {
    id: e.id,
    datum: e.datum,
    soort: e.soort,
    wat: e.wat,
    waarom: e.waarom,
    doelen: [...e.bestanden, ...e.gegevens].map((k) => doelVan(k, editie, bronnen)),
    bronnen: (e.bronnen ?? []).map((b) => ({
      titel: bronnen.find((x) => x.key === b.bron)?.titel ?? b.bron,
      waar: b.waar,
    })),
  };
}

export function errataPaginaData(
  errata: readonly Erratum[],
  editie: EditiePaginas,
  bronnen: readonly Bron[],
): ErrataPaginaData {
  return {
    editie: editie.editie,
    label: editie.label,
    startPad: editionPath(editie.editie, '/handleiding'),
    feeds: {atom: feedPad(editie.editie, 'atom'), json: feedPad(editie.editie, 'json')},
    errata: errata.map((e) => erratumWeergave(e, editie, bronnen)),
  };
}
