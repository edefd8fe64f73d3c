/**
 * Prints the Content-Security-Policy for a build: the one in deploy/nginx.conf
 * with script-src listing the hashes of the build's inline scripts.
 * Usage: npm run build && npm run csp [-- build-dir]
 */
import path from 'node:path';
import {inlineScriptHashes, readNginxHeaders} from '../tests/lib/csp';

const dir = path.resolve(process.argv[2] ?? 'build');
const hashes = [...inlineScriptHashes(dir)].sort();
const csp = readNginxHeaders()['Content-Security-Policy']!.replace(
  /script-src [^;]*/,
  `script-src 'self' ${hashes.join(' ')}`,
);
console.log(`add_header Content-Security-Policy "${csp}" always;`);
