/**
 * What `npm run lint` guards, proved on small broken snippets linted as if they
 * were files of the site: browser code with untranslated text, a raw heading or a
 * Node module fails; the same Node module in build code passes.
 */
import path from 'node:path';
import {ESLint} from 'eslint';
import {beforeAll, describe, expect, it} from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const eslint = new ESLint({cwd: ROOT});

// Loading the config (typescript-eslint, the plugins) takes seconds on a busy machine: once, before the tests.
beforeAll(() => eslint.calculateConfigForFile(path.join(ROOT, 'src/components/X/index.tsx')), 60_000);

async function rulesBroken(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, {filePath: path.join(ROOT, file)});
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('eslint.config.mjs', () => {
  it('stops untranslated text and raw headings in a component', async () => {
    const code = `import React from 'react';\nexport default function X(): React.ReactNode {\n  return <h2 id="x">Alle werkbladen</h2>;\n}\n`;
    expect(await rulesBroken('src/plugins/werkbladen/theme/X/index.tsx', code)).toEqual(
      expect.arrayContaining(['@docusaurus/no-untranslated-text', '@docusaurus/prefer-docusaurus-heading']),
    );
  });

  it('accepts the same text through <Translate> under a Heading', async () => {
    const code = [
      `import React from 'react';`,
      `import Heading from '@theme/Heading';`,
      `import Translate from '@docusaurus/Translate';`,
      `export default function X(): React.ReactNode {`,
      `  return <Heading as="h2" id="x"><Translate id="werkbladen.x">Alle werkbladen</Translate></Heading>;`,
      `}`,
      ``,
    ].join('\n');
    expect(await rulesBroken('src/plugins/werkbladen/theme/X/index.tsx', code)).toEqual([]);
  });

  it.each(['src/components/X/index.tsx', 'src/plugins/zoeken/shared/x.ts', 'src/plugins/zoeken/client/x.ts'])(
    'keeps Node modules and process out of %s, which the browser runs',
    async (file) => {
      const code = `import fs from 'node:fs';\nimport path from 'path';\nexport const x = fs.existsSync(path.join(process.cwd(), 'x'));\n`;
      expect(await rulesBroken(file, code)).toEqual([
        'no-restricted-imports',
        'no-restricted-imports',
        'no-restricted-globals',
      ]);
    },
  );

  it('lets build code (a plugin’s server/) use them', async () => {
    const code = `import fs from 'node:fs';\nimport path from 'path';\nexport const x = fs.existsSync(path.join(process.cwd(), 'x'));\n`;
    expect(await rulesBroken('src/plugins/zoeken/server/x.ts', code)).toEqual([]);
  });
});
