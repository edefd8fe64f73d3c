/** The DejaVu Sans TTFs from the dejavu-fonts-ttf package: full Latin coverage (ë, é, ï, ‘ ’ „ ” –). */
import fs from 'node:fs';
import {createRequire} from 'node:module';

const require = createRequire(__filename);
const cache = new Map<string, Uint8Array>();

export function fontBytes(name: 'DejaVuSans' | 'DejaVuSans-Bold'): Uint8Array {
  let bytes = cache.get(name);
  if (!bytes) {
    bytes = new Uint8Array(fs.readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${name}.ttf`)));
    cache.set(name, bytes);
  }
  return bytes;
}
