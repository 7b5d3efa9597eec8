#!/usr/bin/env node
// Checks the content before a build; prints every problem with file and line. Exit 1 on any error.
// Usage: npm run check [-- <content folder>]
import { resolve } from 'node:path';
import { checkContent, formatProblems } from '../src/lib/content-checks.ts';
import { contentDir } from '../src/lib/site.ts';

const dir = resolve(process.argv[2] || contentDir());
const problems = await checkContent(dir);
const errors = problems.filter((p) => p.severity === 'error');
const warnings = problems.length - errors.length;
if (problems.length) console.log(formatProblems(problems));
console.log(`${errors.length ? '✗' : '✓'} content check: ${errors.length} error(s), ${warnings} warning(s).`);
process.exit(errors.length ? 1 : 0);
