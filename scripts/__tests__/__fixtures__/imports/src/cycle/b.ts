// Type-only, and through the @site alias: still a cycle a reader has to untangle.
import type {C} from '@site/src/cycle/c';
export const b: C | undefined = undefined;
