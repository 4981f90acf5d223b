// `npm run dev` and `npm run preview`: Astro's dev server or preview server, with the hub's
// --today and --root options passed on as PROOF_HUB_TODAY / PROOF_HUB_ROOT. Other flags go to Astro.
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { ROOT_ENV } from '../src/core/root.ts';
import { isIsoDay, TODAY_ENV } from '../src/core/today.ts';

const [command = 'dev', ...rest] = process.argv.slice(2);
const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_DEV_BACKGROUND: process.env.ASTRO_DEV_BACKGROUND ?? '0' };
const passOn: string[] = [];
for (let i = 0; i < rest.length; i++) {
  const [name, inline] = rest[i]!.split(/=(.*)/s, 2) as [string, string | undefined];
  if (name === '--today' || name === '--root') {
    const value = inline ?? rest[++i] ?? '';
    if (name === '--today' && !isIsoDay(value)) {
      console.error(`✖ --today: expected a real date written YYYY-MM-DD, e.g. 2026-06-15; found "${value}"`);
      process.exit(1);
    }
    env[name === '--today' ? TODAY_ENV : ROOT_ENV] = name === '--root' ? resolve(value) : value;
  } else passOn.push(rest[i]!);
}
const astro = join(import.meta.dirname, '../node_modules/astro/bin/astro.mjs');
const child = spawn(process.execPath, [astro, command, ...passOn], { stdio: 'inherit', env });
child.on('exit', (code) => process.exit(code ?? 1));
