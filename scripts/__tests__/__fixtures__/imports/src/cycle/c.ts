import {a} from './a';
export type C = ReturnType<typeof a>;
