/**
 * Adds <Begrip> to the components every markdown page can use, so the begrippen
 * remark plugin can inject it into .md files without an import.
 */
import MDXComponents from '@theme-original/MDXComponents';
import Begrip from '@site/src/components/Begrip';

export default {
  ...MDXComponents,
  Begrip,
};
