// `npm run check`: validate every content file at once and explain every problem.
// Exit 0 when all is well, 1 when anything needs fixing (the build stops there).
import path from 'node:path';
import { parseArgs } from 'node:util';
import { translate } from '../src/i18n/index.ts';
import { formatProblems } from '../src/lib/problems.ts';
import { checkContent } from './lib/check-content.ts';
import { resolveCliLang } from './lib/cli-lang.ts';

const { values } = parseArgs({
  options: {
    content: { type: 'string' },
    lang: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});

const lang = await resolveCliLang(values.lang);

const contentDir = path.resolve(values.content ?? process.env.MADING_CONTENT_DIR ?? 'content');
const result = await checkContent({ contentDir, rootDir: process.cwd() });

if (values.json) {
  console.log(JSON.stringify(result, null, 2));
} else if (result.problems.length) {
  console.error(formatProblems(result.problems, lang));
} else {
  console.log(`✓ ${translate(lang, 'check.ok', result.counts)}`);
}
process.exit(result.problems.length ? 1 : 0);
