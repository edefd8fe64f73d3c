import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {readYamlFile, readYamlList, yamlItemLine} from '../yamlData';

let dir: string | undefined;
function site(files: Record<string, string>): string {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-yaml-'));
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), {recursive: true});
    fs.writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}
afterEach(() => {
  if (dir) fs.rmSync(dir, {recursive: true, force: true});
  dir = undefined;
});

const NOT_A_LIST = 'moet een lijst zijn: elk item begint met "- "';

describe('readYamlList', () => {
  it('a missing file is an empty list, an empty file too', () => {
    expect(readYamlList(site({}), 'l.yml', NOT_A_LIST)).toEqual({raw: '', items: [], problems: []});
    expect(readYamlList(site({'l.yml': '# nog niets\n'}), 'l.yml', NOT_A_LIST).items).toEqual([]);
  });

  it('gives the items and the text their lines are counted in', () => {
    const raw = '- id: a\n  wat: x\n- id: b\n';
    expect(readYamlList(site({'l.yml': raw}), 'l.yml', NOT_A_LIST)).toEqual({
      raw,
      items: [{id: 'a', wat: 'x'}, {id: 'b'}],
      problems: [],
    });
  });

  it('a mapping where a list belongs is reported on line 1 with what this file expects', () => {
    expect(readYamlList(site({'l.yml': 'id: a\n'}), 'l.yml', NOT_A_LIST).problems).toEqual([
      {file: 'l.yml', line: 1, message: NOT_A_LIST},
    ]);
  });

  it('broken YAML is reported on its line with advice a contributor can follow', () => {
    const raw = '- id: a\n  wat: Kenniscafé 2: verslag\n';
    const [problem] = readYamlList(site({'l.yml': raw}), 'l.yml', NOT_A_LIST).problems;
    expect(problem).toMatchObject({file: 'l.yml', line: 2});
    expect(problem!.message).toContain('tweede dubbele punt (:) in de waarde van "wat"');
  });

  it('tabs get their own advice', () => {
    const file = readYamlFile(site({'l.yml': '- id: a\n\twat: x\n'}), 'l.yml');
    expect(file && 'problem' in file && file.problem.message).toMatch(/spaties .*geen tabs/);
  });
});

describe('yamlItemLine', () => {
  const raw = '# errata\n- id: a\n  wat: x\n\n- id: b\n  waarom: y\n';
  it('finds an item and a field inside it', () => {
    expect(yamlItemLine(raw, 0)).toBe(2);
    expect(yamlItemLine(raw, 1)).toBe(5);
    expect(yamlItemLine(raw, 1, 'waarom')).toBe(6);
  });
  it('falls back to the item for a missing field, and to line 1 for a missing item', () => {
    expect(yamlItemLine(raw, 0, 'waarom')).toBe(2);
    expect(yamlItemLine(raw, 7)).toBe(1);
  });
});
