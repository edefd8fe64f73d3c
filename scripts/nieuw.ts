/**
 * npm run nieuw — start a new contribution from its template.
 *
 * Interactive:       npm run nieuw
 * With flags:        npm run nieuw -- --type kenniscafe --titel "Kenniscafé 2: Ouders aan tafel" \
 *                      --auteur redactie --tags kenniscafe,samenwerken-met-ouders --bron kenniscafe-1
 * Other flags:       --beschrijving "…" --doelgroep ouders,opvoeders --datum 2026-12-01
 *                    --uitvoer DIR (write under DIR instead of the site, for tests)
 */
import fs from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {checkInput, NIEUW_TYPE_KEYS, NIEUW_TYPES, scaffold, type NieuwInput} from '../src/content/nieuw';
import {loadSiteData} from '../src/content/siteData';
import {THEMES, URLS} from '../src/content/vocabulary';
import {run as runScript} from './lib/run';

const siteDir = path.resolve(__dirname, '..');

const list = (v: string | undefined) =>
  (v ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

async function ask(partial: Partial<NieuwInput>): Promise<NieuwInput> {
  const {checkbox, input, select} = await import('@inquirer/prompts');
  const type =
    partial.type ??
    (await select({
      message: 'Wat voor bijdrage?',
      choices: NIEUW_TYPE_KEYS.map((k) => ({value: k, name: NIEUW_TYPES[k].label})),
    }));
  const titel =
    partial.titel ?? (await input({message: 'Titel:', validate: (v) => v.trim().length >= 3 || 'Minstens 3 tekens.'}));
  const {data: index} = loadSiteData(siteDir);
  const blog = NIEUW_TYPES[type as keyof typeof NIEUW_TYPES]?.kind === 'blog';
  const auteur = blog
    ? (partial.auteur ??
      (await select({message: 'Auteur (uit blog/authors.yml):', choices: [...index.authors].map((a) => ({value: a}))})))
    : undefined;
  const tags = partial.tags?.length
    ? partial.tags
    : blog
      ? await checkbox({
          message: 'Tags (uit blog/tags.yml):',
          choices: [...index.tags].map((t) => ({value: t})),
          required: true,
        })
      : await checkbox({message: "Thema's:", choices: THEMES.map((t) => ({value: t})), required: true});
  const bron =
    partial.bron ??
    (await select({
      message: 'Op welke bron rust je bijdrage?',
      choices: index.bronnen.map((b) => ({value: b.key, name: `${b.key} — ${b.titel}`})),
    }));
  return {...partial, type, titel, auteur, tags, bron} as NieuwInput;
}

/** What `npm run nieuw -- --help` prints: in Dutch, for contributors. */
export const HELP = `npm run nieuw — begin een nieuwe bijdrage vanuit een sjabloon.

Zonder opties stelt het de vragen één voor één. Met opties (na een losse --):
  npm run nieuw -- --type kenniscafe --titel "Kenniscafé 2: Ouders aan tafel" \\
    --auteur redactie --tags kenniscafe,samenwerken-met-ouders --bron kenniscafe-1

  --type          wat voor bijdrage: ${NIEUW_TYPE_KEYS.join(', ')}
  --titel         de titel (een URL wordt er vanzelf van gemaakt)
  --bron          de sleutel van de bron (zie src/data/bronnen/<sleutel>.yml)
  --tags          bij een kenniscafé: tags uit blog/tags.yml; anders thema's, gescheiden door komma's
  --auteur        alleen bij een kenniscafé: een sleutel uit blog/authors.yml
  --doelgroep     voor wie, gescheiden door komma's (ouders, opvoeders, professionals, organisatie)
  --beschrijving  één zin over wat de lezer op de pagina vindt
  --datum         alleen bij een kenniscafé: JJJJ-MM-DD (standaard vandaag)
  --uitvoer MAP   schrijf in MAP in plaats van in de site (voor tests)
  -h, --help      deze uitleg

Daarna: vul de tekst tussen [rechte haken] in, bekijk het met npm start en controleer met npm run check.`;

async function main(): Promise<number> {
  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions();
  } catch (e) {
    console.error(
      `✗ ${(e as Error).message.replace(/^Unknown option '(.*)'.*$/s, 'onbekende optie $1')}. Zie npm run nieuw -- --help voor alle opties.`,
    );
    return 1;
  }
  return run(parsed.values);
}

function parseOptions() {
  return parseArgs({
    options: {
      type: {type: 'string'},
      titel: {type: 'string'},
      auteur: {type: 'string'},
      tags: {type: 'string'},
      bron: {type: 'string'},
      doelgroep: {type: 'string'},
      beschrijving: {type: 'string'},
      datum: {type: 'string'},
      uitvoer: {type: 'string'},
      help: {type: 'boolean', short: 'h'},
    },
  });
}

async function run(values: ReturnType<typeof parseOptions>['values']): Promise<number> {
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const partial: Partial<NieuwInput> = {
    type: values.type,
    titel: values.titel,
    auteur: values.auteur,
    tags: list(values.tags),
    bron: values.bron,
    doelgroep: values.doelgroep ? list(values.doelgroep) : undefined,
    beschrijving: values.beschrijving,
    datum: values.datum,
  };
  let answers: NieuwInput;
  const missing = ['type', 'titel', 'bron'].filter((k) => !partial[k as keyof NieuwInput]);
  if (partial.tags?.length === 0) missing.push('tags');
  if (missing.length && process.stdin.isTTY) {
    answers = await ask(partial);
  } else if (missing.length) {
    console.error(
      `Ontbrekend: ${missing.map((m) => `--${m}`).join(', ')}. Geef ze mee, of start npm run nieuw in een terminal om de vragen te krijgen.\n` +
        `Bronnen: ${loadSiteData(siteDir)
          .data.bronnen.map((b) => b.key)
          .join(', ')}. Types: ${NIEUW_TYPE_KEYS.join(', ')}.`,
    );
    return 1;
  } else answers = partial as NieuwInput;

  const errors = checkInput(answers, siteDir);
  if (errors.length) {
    console.error(errors.map((e) => `✗ ${e}`).join('\n'));
    return 1;
  }
  const result = scaffold(answers, siteDir);
  const target = path.join(path.resolve(values.uitvoer ?? siteDir), result.file);
  if (fs.existsSync(target)) {
    console.error(`✗ ${result.file} bestaat al; kies een andere titel.`);
    return 1;
  }
  fs.mkdirSync(path.dirname(target), {recursive: true});
  fs.writeFileSync(target, result.content);
  console.log(
    `Nieuw bestand: ${result.file} (URL ${answers.type === 'kenniscafe' ? `${URLS.blog}/${result.slug}` : result.slug})`,
  );
  console.log('Vul de tekst tussen [rechte haken] in, bekijk het met npm start en controleer met npm run check.');
  return 0;
}

runScript(main);
