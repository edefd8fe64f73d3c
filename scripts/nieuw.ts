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

const siteDir = path.resolve(__dirname, '..');

const list = (v: string | undefined) => (v ?? '').split(',').map((s) => s.trim()).filter(Boolean);

async function ask(partial: Partial<NieuwInput>): Promise<NieuwInput> {
  const {checkbox, input, select} = await import('@inquirer/prompts');
  const type =
    partial.type ??
    (await select({message: 'Wat voor bijdrage?', choices: NIEUW_TYPE_KEYS.map((k) => ({value: k, name: NIEUW_TYPES[k].label}))}));
  const titel = partial.titel ?? (await input({message: 'Titel:', validate: (v) => v.trim().length >= 3 || 'Minstens 3 tekens.'}));
  const {data: index} = loadSiteData(siteDir);
  const blog = NIEUW_TYPES[type as keyof typeof NIEUW_TYPES]?.kind === 'blog';
  const auteur = blog
    ? (partial.auteur ?? (await select({message: 'Auteur (uit blog/authors.yml):', choices: [...index.authors].map((a) => ({value: a}))})))
    : undefined;
  const tags = partial.tags?.length
    ? partial.tags
    : blog
      ? await checkbox({message: 'Tags (uit blog/tags.yml):', choices: [...index.tags].map((t) => ({value: t})), required: true})
      : await checkbox({message: "Thema's:", choices: THEMES.map((t) => ({value: t})), required: true});
  const bron =
    partial.bron ??
    (await select({message: 'Op welke bron rust je bijdrage?', choices: index.bronnen.map((b) => ({value: b.key, name: `${b.key} — ${b.titel}`}))}));
  return {...partial, type, titel, auteur, tags, bron} as NieuwInput;
}

async function main(): Promise<number> {
  const {values} = parseArgs({
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
  if (values.help) {
    console.log(fs.readFileSync(__filename, 'utf8').split('*/')[0]!.replace(/^\/\*\*?|^ \* ?/gm, ''));
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
        `Bronnen: ${loadSiteData(siteDir).data.bronnen.map((b) => b.key).join(', ')}. Types: ${NIEUW_TYPE_KEYS.join(', ')}.`,
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
  console.log(`Nieuw bestand: ${result.file} (URL ${answers.type === 'kenniscafe' ? `${URLS.blog}/${result.slug}` : result.slug})`);
  console.log('Vul de tekst tussen [rechte haken] in, bekijk het met npm start en controleer met npm run check.');
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
