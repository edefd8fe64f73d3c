/**
 * The pull-request preview (.github/workflows/preview.yml and preview-publish.yml):
 * what can be checked without GitHub. The build runs with the preview's own
 * SITE_URL and BASE_URL (accepted by the site's config), the pull request's code
 * never runs where a secret is, and every secret the hosting needs is documented.
 */
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import {describe, expect, it} from 'vitest';
import {siteLocation} from '../../src/config/site';

const ROOT = path.resolve(__dirname, '../..');
const read = (f: string) => fs.readFileSync(path.join(ROOT, f), 'utf8');

interface Step {
  uses?: string;
  run?: string;
  name?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
}
interface Workflow {
  name: string;
  on: Record<string, unknown>;
  jobs: Record<string, {steps: Step[]; if?: string}>;
}

const PREVIEW = '.github/workflows/preview.yml';
const PUBLISH = '.github/workflows/preview-publish.yml';
const preview = yaml.load(read(PREVIEW)) as Workflow;
const publish = yaml.load(read(PUBLISH)) as Workflow;
const steps = (w: Workflow) => Object.values(w.jobs).flatMap((j) => j.steps);

/** A GitHub expression as Actions would expand it for pull request 42 (only the ones these files use). */
const expand = (s: string) =>
  s
    .replace(/\$\{\{\s*github\.event\.pull_request\.number\s*\}\}/g, '42')
    .replace(/\$\{\{\s*vars\.NETLIFY_SITE_NAME \|\| '([^']+)'\s*\}\}/g, '$1')
    .replace(/\$\{\{\s*github\.server_url\s*\}\}/g, 'https://github.com')
    .replace(/\$\{\{\s*github\.repository\s*\}\}/g, 'organisatie/kennisbank');

describe('PR preview workflows', () => {
  it('preview.yml builds every pull request, without secrets', () => {
    expect(Object.keys(preview.on)).toEqual(['pull_request']);
    expect(read(PREVIEW)).not.toMatch(/secrets\.|pull_request_target/);
    const build = steps(preview).find((s) => s.run === 'npm run build');
    expect(build?.env).toBeDefined();
    const env = Object.fromEntries(Object.entries(build!.env!).map(([k, v]) => [k, expand(v)]));
    // The values the build gets are ones the site's config accepts, at the preview's own address.
    expect(siteLocation(env)).toEqual({url: 'https://pr-42--kennisbank-preview.netlify.app', baseUrl: '/'});
    const upload = steps(preview).find((s) => s.uses?.startsWith('actions/upload-artifact'));
    expect(upload?.with).toMatchObject({name: 'preview', path: 'build/'});
  });

  it('preview-publish.yml deploys the built files with the secrets, never the pull request code', () => {
    expect(publish.on).toEqual({workflow_run: {workflows: [preview.name], types: ['completed']}});
    expect(Object.values(publish.jobs).every((j) => j.if?.includes("conclusion == 'success'"))).toBe(true);
    expect(steps(publish).some((s) => s.uses?.startsWith('actions/checkout'))).toBe(false);
    expect(steps(publish).some((s) => s.run?.includes('npm'))).toBe(false);
    const download = steps(publish).find((s) => s.uses?.startsWith('actions/download-artifact'));
    expect(download?.with).toMatchObject({name: 'preview'});
    const deploy = steps(publish).find((s) => s.run?.includes('netlify-cli'));
    expect(deploy?.run).toMatch(/netlify-cli@\d+\.\d+\.\d+ deploy --dir=site --alias="pr-/);
    expect(read(PUBLISH)).toMatch(/createComment/);
  });

  it('CONTRIBUTING.md names every secret and variable the preview needs', () => {
    const needed = new Set(
      [...(read(PREVIEW) + read(PUBLISH)).matchAll(/(?:secrets|vars)\.([A-Z_]+)/g)].map((m) => m[1]!),
    );
    needed.delete('GITHUB_TOKEN');
    expect(needed.size).toBeGreaterThan(0);
    const contributing = read('CONTRIBUTING.md');
    for (const name of needed) expect(contributing, name).toContain(name);
  });
});
