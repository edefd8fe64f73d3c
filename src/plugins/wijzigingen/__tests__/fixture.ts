/** A small site as the plugin's pure modules see it: two editions, a few pages with change notes, errata. */
import type {Erratum} from '../../../content/errata';
import type {Bron} from '../../../content/siteData';
import type {EditiePaginas} from '../server/verzamel';
import {absoluut} from '../shared/paden';

export const SITE_URL = 'https://intranet.example.org';
export const BASE_URL = '/kennisbank/';
export const url = (pad: string): string => absoluut(SITE_URL, BASE_URL, pad);

export const BRONNEN: Bron[] = [
  {key: 'artikel', titel: 'Een artikel over samenwerken', maker: 'Iemand', soort: 'Artikel'},
];

export const HUIDIG: EditiePaginas = {
  editie: 'current',
  label: 'Editie 2024',
  paginas: [
    {
      id: 'handleiding/houding',
      titel: 'Houding',
      type: 'handleiding',
      pad: '/handleiding/houding',
      vastPad: '/2024/handleiding/houding',
      bestand: 'docs/handleiding/houding.md',
      kortGezegd: 'Goed samenwerken begint bij een houding.',
      wijzigingen: [
        {datum: '2026-12-05', tekst: 'Gastvrij zijn gaat nu ook over binnenlopen zonder afspraak.'},
        {datum: '2026-11-29', tekst: 'Het voorbeeld bij geduldig zijn komt nu uit het artikel.'},
      ],
    },
    {
      id: 'begrippen/gezinshuis',
      titel: 'Gezinshuis',
      type: 'begrip',
      pad: '/begrippen/gezinshuis',
      vastPad: '/2024/begrippen/gezinshuis',
      bestand: 'docs/begrippen/gezinshuis.md',
      wijzigingen: [],
      begrip: {
        term: 'gezinshuis',
        aliases: ['gezinshuizen'],
        definitie: 'Een gezin dat zorgt voor kinderen & jongeren.',
      },
    },
    {
      id: 'begrippen/afstemmen',
      titel: 'Afstemmen',
      type: 'begrip',
      pad: '/begrippen/afstemmen',
      vastPad: '/2024/begrippen/afstemmen',
      bestand: 'docs/begrippen/afstemmen.md',
      wijzigingen: [{datum: '2026-12-01', tekst: 'De definitie <b>zegt</b> nu wat de bron zegt.'}],
      begrip: {term: 'afstemmen', aliases: [], definitie: 'Op elkaar letten en reageren.'},
    },
  ],
};

export const OUD: EditiePaginas = {
  editie: '2021',
  label: 'Editie 2021',
  paginas: [
    {
      id: 'handleiding/houding',
      titel: 'Houding',
      type: 'handleiding',
      pad: '/2021/handleiding/houding',
      vastPad: '/2021/handleiding/houding',
      bestand: 'versioned_docs/version-2021/handleiding/houding.md',
      wijzigingen: [{datum: '2026-11-29', tekst: 'Het voorbeeld is gecorrigeerd.', erratum: 'houding-voorbeeld'}],
    },
    {
      id: 'handleiding/handleiding',
      titel: 'Inleiding',
      type: 'handleiding',
      pad: '/2021/handleiding',
      vastPad: '/2021/handleiding',
      bestand: 'versioned_docs/version-2021/handleiding/index.md',
      wijzigingen: [{datum: '2026-12-05', tekst: 'De startpagina zegt nu wat waar is.', erratum: 'vastgezet'}],
    },
  ],
};

export const ERRATA: Erratum[] = [
  {
    id: 'vastgezet',
    datum: '2026-12-05',
    soort: 'editie',
    bestanden: ['versioned_docs/version-2021/handleiding/index.md'],
    gegevens: [],
    wat: 'De startpagina zegt nu wat waar is.',
    waarom: 'De tekst is na het vastzetten gecorrigeerd.',
  },
  {
    id: 'houding-voorbeeld',
    datum: '2026-11-29',
    soort: 'inhoud',
    bestanden: [
      'versioned_docs/version-2021/handleiding/houding.md',
      'versioned_docs/version-2021/handleiding/index.md',
      'versioned_sidebars/version-2021-sidebars.json',
    ],
    gegevens: ['bron:artikel'],
    wat: 'Het voorbeeld is gecorrigeerd.',
    waarom: 'Het artikel geeft geen apart voorbeeld.',
    bronnen: [{bron: 'artikel', waar: 'Box 1'}],
  },
];
