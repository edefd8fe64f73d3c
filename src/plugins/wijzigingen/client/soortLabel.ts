/** The label of an erratum's kind, in the reader's language (the same ids as the feeds use). */
import {translate} from '@docusaurus/Translate';
import type {ErratumSoort} from '../shared/types';

export function soortLabel(soort: ErratumSoort): string {
  switch (soort) {
    case 'inhoud':
      return translate({id: 'kennisbank.errata.soort.inhoud', message: 'Inhoud gecorrigeerd'});
    case 'taal':
      return translate({id: 'kennisbank.errata.soort.taal', message: 'Taal vereenvoudigd, betekenis gelijk'});
    case 'aanvulling':
      return translate({id: 'kennisbank.errata.soort.aanvulling', message: 'Aangevuld'});
    case 'editie':
      return translate({id: 'kennisbank.errata.soort.editie', message: 'Over deze editie'});
  }
}
