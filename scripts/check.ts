// `npm run check`: validates content/ (the hub config, authors, every asset) and prints every
// problem at once, with file, field, expected and found. Exit 1 when anything is wrong.
import { loadAndCheckHub } from '../src/core/content/check.ts';
import { formatReport } from '../src/core/errors.ts';
import { readArgs } from './cli-args.ts';

let args: ReturnType<typeof readArgs>;
try {
  args = readArgs();
} catch (err) {
  console.error(`✖ ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
const { hub, errors } = loadAndCheckHub(args.root);
if (errors.length) {
  console.error(formatReport(errors));
  process.exit(1);
}
const landings = hub?.landings.length ?? 0;
console.log(`✔ content is valid: ${hub?.assets.length ?? 0} assets, ${landings} landing page${landings === 1 ? '' : 's'}, ${hub?.authors.length ?? 0} authors, ${hub?.config.promises.length ?? 0} promises, ${hub?.config.series.length ?? 0} series`);
