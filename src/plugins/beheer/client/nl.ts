/**
 * Dutch for every word Decap shows: Decap's own Dutch (decap-cms-locales "nl") lacks
 * the keys below, and then falls back to English ("Unpublished Entries", toolbar
 * tooltips). The editor script registers Decap's Dutch with these added; a unit test
 * fails when a Decap update brings a key that neither has.
 */
export const NL_AANVULLING = {
  auth: {loginWithForgejo: 'Inloggen met Forgejo'},
  app: {header: {workflow: 'Redactie'}},
  collection: {
    collectionTop: {
      viewAsList: 'Als lijst tonen',
      viewAsGrid: 'Als raster tonen',
      newButton: 'Nieuw: %{collectionLabel}',
    },
    entries: {unpublishedHeader: 'Nog niet gepubliceerd'},
  },
  editor: {
    editorControl: {field: {widgetLabel: 'veld %{widgetLabel}'}},
    editorControlPane: {
      widget: {
        invalidPath: '‘%{path}’ is geen geldig pad',
        pathExists: 'Pad ‘%{path}’ bestaat al',
      },
      i18n: {
        copyFromLocale: 'Overnemen uit een andere taal',
        copyFromLocaleConfirm: 'Wil je de tekst uit %{locale} overnemen?\nAlles wat hier nu staat, wordt vervangen.',
      },
    },
    editorInterface: {toggleNotes: 'Notities tonen of verbergen'},
    editorNotesPane: {
      title: 'Notities',
      emptyState: 'Nog geen notities. Schrijf hieronder de eerste.',
      addNote: 'Notitie toevoegen',
      addPlaceholder: 'Schrijf een notitie…',
      editPlaceholder: 'Pas je notitie aan…',
      save: 'Opslaan',
      cancel: 'Annuleren',
      edit: 'Bewerken',
      delete: 'Verwijderen',
      resolve: 'Afgehandeld',
      unresolve: 'Weer openen',
      confirmDelete: 'Weet je zeker dat je deze notitie wilt verwijderen?',
      shortcut: 'Tip: met Ctrl+Enter voeg je de notitie meteen toe',
    },
    editorToolbar: {
      statusInfoTooltipDraft:
        'Dit is nog een concept. Klaar? Zet de status op ‘Wordt beoordeeld’: dan kijkt de redactie ernaar.',
      statusInfoTooltipInReview:
        'De redactie kijkt ernaar; je hoeft niets meer te doen. Je kunt nog wel dingen aanpassen en opnieuw opslaan.',
    },
    editorWidgets: {
      markdown: {
        quote: 'Citaat',
        strikethrough: 'Doorhalen',
        toggleMode: {rich: 'Naar opgemaakte tekst', markdown: 'Naar Markdown'},
      },
      image: {
        chooseMultiple: 'Kies afbeeldingen',
        addMore: 'Meer afbeeldingen toevoegen',
        removeAll: 'Alle afbeeldingen verwijderen',
      },
      file: {
        chooseMultiple: 'Kies bestanden',
        addMore: 'Meer bestanden toevoegen',
        removeAll: 'Alle bestanden verwijderen',
      },
      datetime: {setToNow: '%{fieldLabel} op nu zetten'},
      list: {addType: '%{item} toevoegen'},
      headingOptions: {
        headingOne: 'Kop 1',
        headingTwo: 'Kop 2',
        headingThree: 'Kop 3',
        headingFour: 'Kop 4',
        headingFive: 'Kop 5',
        headingSix: 'Kop 6',
      },
      object: {expand: 'Openklappen', collapse: 'Dichtklappen'},
    },
  },
  mediaLibrary: {mediaLibraryModal: {close: 'Sluiten'}},
  ui: {
    settingsDropdown: {account: 'Menu van je account'},
    toast: {
      noteAdded: 'Notitie toegevoegd',
      onFailToAddNote: 'Notitie toevoegen lukte niet: %{details}',
      noteUpdated: 'Notitie aangepast',
      onFailToUpdateNote: 'Notitie aanpassen lukte niet: %{details}',
      noteDeleted: 'Notitie verwijderd',
      onFailToDeleteNote: 'Notitie verwijderen lukte niet: %{details}',
      noteResolved: 'Notitie afgehandeld',
      noteReopened: 'Notitie weer geopend',
      onFailToToggleNote: 'De notitie aanpassen lukte niet: %{details}',
    },
  },
  // Dates as numbers: Decap's date library has no Dutch month names loaded ("December 5").
  workflow: {workflow: {dateFormat: 'D-M-YYYY'}},
};

export type Phrases = {[key: string]: string | Phrases};

/** Decap's phrases with ours laid over them, key by key. */
export function mergePhrases(base: Phrases, extra: Phrases): Phrases {
  const out: Phrases = {...base};
  for (const [k, v] of Object.entries(extra)) {
    const b = out[k];
    out[k] = typeof v === 'object' && typeof b === 'object' ? mergePhrases(b, v) : v;
  }
  return out;
}

/**
 * Words Decap writes itself instead of taking them from its phrases (react-select's empty
 * list, the GitHub backend's fork screen for open authoring): the editor script replaces
 * them in the page as they appear.
 */
export const VASTE_TEKSTEN: Readonly<Record<string, string>> = {
  'No options': 'Geen keuzes',
  'Loading...': 'Laden…',
  // decap-cms-backend-github AuthenticationPage: the fork screen of open authoring (JSX text, one line in the DOM).
  "Open Authoring is enabled: we need to use a fork on your github account. (If a fork already exists, we'll use that.)":
    'Je werkt in een eigen kopie van de kennisbank op GitHub (een „fork”). Heb je die nog niet, dan maakt de editor hem nu voor je. Je bijdrage gaat daarna als voorstel naar de redactie.',
  'Fork the repo': 'Maak mijn kopie',
  "Don't fork the repo": 'Geen kopie maken',
  'Go back to site': 'Terug naar de site',
  'Login with GitHub': 'Inloggen met GitHub',
};
