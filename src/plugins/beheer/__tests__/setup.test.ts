/**
 * What the editor needs outside its plugin: the login setting passed through the
 * workflows that build the site, and CONTRIBUTING's web route and login setup as a
 * contributor and an administrator read them (issue 22: the workflows did not pass
 * BEHEER_AUTH_URL, the setup was one paragraph, the form links opened YAML files).
 */
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import {describe, expect, it} from 'vitest';

const ROOT = path.resolve(__dirname, '../../../..');
const read = (f: string) => fs.readFileSync(path.join(ROOT, f), 'utf8');

/** The settings docusaurus.config.ts reads for the editor. */
const beheerEnv = () => [
  ...new Set([...read('docusaurus.config.ts').matchAll(/process\.env\.(BEHEER_\w+)/g)].map((m) => m[1]!)),
];

interface Step {
  run?: string;
  env?: Record<string, string>;
}

function buildSteps(workflow: string): Step[] {
  const wf = yaml.load(read(`.github/workflows/${workflow}`)) as {jobs: Record<string, {steps?: Step[]}>};
  return Object.values(wf.jobs)
    .flatMap((j) => j.steps ?? [])
    .filter((s) => /\bnpm run build\b/.test(s.run ?? ''));
}

/** A section of CONTRIBUTING.md, from its heading to the next heading of the same level or higher. */
function section(markdown: string, heading: string): string {
  const lines = markdown.split('\n');
  const start = lines.findIndex((l) => l.startsWith(heading));
  if (start < 0) throw new Error(`CONTRIBUTING.md heeft geen kop "${heading}"`);
  const level = /^#+/.exec(heading)![0].length;
  const end = lines.findIndex((l, i) => i > start && /^#+ /.test(l) && /^#+/.exec(l)![0].length <= level);
  return lines.slice(start, end < 0 ? undefined : end).join('\n');
}

const numbered = (text: string) => text.split('\n').filter((l) => /^\d+\. /.test(l));

describe('the editor outside its plugin', () => {
  it('every build of the site gets the login settings (guard: deploy.yml and preview.yml passed none)', () => {
    expect(beheerEnv()).toEqual(['BEHEER_AUTH_URL', 'BEHEER_SITE_DOMAIN']);
    for (const workflow of ['deploy.yml', 'preview.yml']) {
      const steps = buildSteps(workflow);
      expect(steps, workflow).not.toEqual([]);
      for (const step of steps)
        for (const name of beheerEnv()) expect(step.env?.[name], `${workflow}: ${name}`).toBe(`\${{ vars.${name} }}`);
    }
  });

  const contributing = read('CONTRIBUTING.md');

  it('links the issue forms as forms that exist, never their YAML files', () => {
    expect(contributing).not.toMatch(/\]\([^)]*ISSUE_TEMPLATE/);
    const forms = [...contributing.matchAll(/\]\(([^)]*issues\/new[^)]*)\)/g)].map((m) => m[1]!);
    expect(forms.length).toBeGreaterThan(0);
    for (const link of forms) {
      const template = /[?&]template=([\w.-]+\.yml)$/.exec(link)?.[1];
      expect(template, link).toBeDefined();
      expect(fs.existsSync(path.join(ROOT, '.github/ISSUE_TEMPLATE', template!)), link).toBe(true);
    }
  });

  it('gives the web route as six short steps without git words', () => {
    const steps = numbered(section(contributing, '## Manier 1'));
    // The first list of the section is her route; the administrator's steps come later, under their own heading.
    const route = steps.slice(
      0,
      steps.findIndex((l, i) => i > 0 && l.startsWith('1. ')),
    );
    expect(route.map((l) => /^\d+/.exec(l)![0])).toEqual(['1', '2', '3', '4', '5', '6']);
    const text = section(contributing, '## Manier 1').split('### ')[0]!;
    expect(text).not.toMatch(/\b(branch|commit|merge|pull request|repository|bestandsnaam|git|fork)\b/i);
  });

  it('gives the administrator numbered steps with the callback URL of each login', () => {
    const setup = section(contributing, '### Inloggen in de webeditor instellen');
    expect(numbered(setup).length).toBeGreaterThanOrEqual(8);
    expect(setup).toMatch(/Authorization callback URL:\s+`https:\/\/[^`]+\/callback`/);
    expect(setup).toMatch(/Authorization callback URL:\s+`https:\/\/api\.netlify\.com\/auth\/done`/);
    for (const name of beheerEnv()) expect(setup).toContain(`\`${name}\``);
  });
});
