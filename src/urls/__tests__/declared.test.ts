import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {PluginContentLoadedActions} from '@docusaurus/types';
import {afterEach, describe, expect, it} from 'vitest';
import {PUBLIC_FILES_DATA, readPublicFiles, reportPublicFiles} from '../declared';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, {recursive: true, force: true});
});

/** createData as Docusaurus documents it: <generatedFilesDir>/<plugin name>/<plugin id>/<name>. */
function actionsFor(generatedDir: string, plugin: string, id = 'default'): PluginContentLoadedActions {
  return {
    async createData(name: string, data: string | object) {
      const file = path.join(generatedDir, plugin, id, name);
      fs.mkdirSync(path.dirname(file), {recursive: true});
      fs.writeFileSync(file, typeof data === 'string' ? data : JSON.stringify(data));
      return file;
    },
    addRoute: () => undefined,
    setGlobalData: () => undefined,
  };
}

describe('public files: reported in the lifecycle, read after the build', () => {
  it('merges every plugin’s report, sorted and without doubles', async () => {
    const generated = fs.mkdtempSync(path.join(os.tmpdir(), 'publieke-bestanden-'));
    dirs.push(generated);
    await reportPublicFiles(actionsFor(generated, 'a'), {
      files: ['/z.pdf', '/a.pdf'],
      anchorPages: ['/begrippen'],
      pages: ['/2024/b', '/2024/a'],
    });
    await reportPublicFiles(actionsFor(generated, 'b', 'tweede'), {
      files: ['/a.pdf', '/m.zip'],
      anchorPages: [],
      pages: ['/2024/a'],
    });
    // Other generated files of the build are not reports.
    fs.mkdirSync(path.join(generated, 'c/default'), {recursive: true});
    fs.writeFileSync(path.join(generated, 'c/default/iets-anders.json'), '{}');
    expect(fs.existsSync(path.join(generated, 'a/default', PUBLIC_FILES_DATA))).toBe(true);
    expect(readPublicFiles('/niet-gebruikt', generated)).toEqual({
      files: ['/a.pdf', '/m.zip', '/z.pdf'],
      anchorPages: ['/begrippen'],
      pages: ['/2024/a', '/2024/b'],
    });
  });

  it('says to build first when no plugin reported anything', () => {
    const generated = fs.mkdtempSync(path.join(os.tmpdir(), 'publieke-bestanden-'));
    dirs.push(generated);
    expect(() => readPublicFiles('/niet-gebruikt', generated)).toThrow(
      /^Geen publieke-bestanden\.json in .*: de plugins melden hun publieke bestanden tijdens de build\. Bouw de site eerst \(npm run build\)\.$/,
    );
    expect(() => readPublicFiles('/niet-gebruikt', path.join(generated, 'bestaat-niet'))).toThrow('Bouw de site eerst');
  });
});
