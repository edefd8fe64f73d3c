// Tests may use devDependencies; an undeclared package is still undeclared.
import {it} from 'vitest';
import {unified} from 'unified';
import {parse} from 'yaml';
it('runs', () => void [unified, parse]);
