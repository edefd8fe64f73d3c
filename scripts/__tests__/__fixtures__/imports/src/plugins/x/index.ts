// A plugin that loads packages npm only hoisted for it, and one it declared only for tests.
import * as z from 'zod';
import {visit} from 'unist-util-visit';
import {unified} from 'unified';
import type {Root} from 'mdast';
import type {Plugin} from '@docusaurus/types';
import fs from 'node:fs';
import path from 'path';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import {helper} from './helper';

// "import 'not-a-package'" in a comment is not an import.
export const text = "require('neither-is-this')";
export const css = require.resolve('katex/dist/katex.min.css');
export const later = () => import('@scope/lazy/sub');
export type Logger = typeof import('@docusaurus/logger');
export default {z, visit, unified, fs, path, Link, Heading, helper} as unknown as Root & Plugin;
