import * as z from 'zod';
import {createOptionsValidator} from '../shared/options';

/**
 * `losseStijlen`: path fragments (with `/`) of stylesheets that only some pages use. Their CSS
 * leaves the one stylesheet every page loads and travels with the code of the pages that
 * render them. Only list CSS whose rules do not compete with other CSS for the same element
 * (component CSS modules with their own class names, a library's own classes like KaTeX's):
 * the order in which separate files arrive is not fixed (Docusaurus issue 2006).
 */
export const {validateOptions, normalize} = createOptionsValidator({
  plugin: 'paginastijl',
  shape: {
    losseStijlen: z.array(z.string().min(1)).default([]),
  },
});

export type PaginastijlOptions = ReturnType<typeof normalize>;
