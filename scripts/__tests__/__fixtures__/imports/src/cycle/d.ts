// Imports the cycle without being part of it.
import {a} from './a';
export const d = a;
