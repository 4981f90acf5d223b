// One argument parser for every command: value-taking options take the next argument (or `=value`),
// so `--json FILE` is never a flag plus a positional.
import { describe, expect, it } from 'vitest';
import { readArgs } from '../../scripts/cli-args.ts';

describe('readArgs', () => {
  it('reads --today, --root, flags and positionals', () => {
    expect(readArgs(['case-study', 'A title', '--today', '2026-06-15', '--root=hub', '--all-images'])).toEqual({
      today: '2026-06-15', root: 'hub', flags: new Set(['all-images']), values: {}, positionals: ['case-study', 'A title'],
    });
  });

  it('gives value-taking options their value, written `--json FILE` or `--json=FILE`', () => {
    const args = readArgs(['--json', 'report.json', '--html=report.html', '--strict'], { values: ['json', 'html'] });
    expect(args.values).toEqual({ json: 'report.json', html: 'report.html' });
    expect(args.flags).toEqual(new Set(['strict']));
    expect(args.positionals).toEqual([]);
  });

  it('without the spec, --json FILE stays a flag and a positional (why commands name their options)', () => {
    expect(readArgs(['--json', 'report.json'])).toMatchObject({ flags: new Set(['json']), positionals: ['report.json'] });
  });

  it('refuses a value-taking option without its value, and unknown flags when the command lists its own', () => {
    expect(() => readArgs(['--json'], { values: ['json'] })).toThrow('--json needs a value');
    expect(() => readArgs(['--json', '--strict'], { values: ['json'] })).toThrow('--json needs a value');
    expect(() => readArgs(['--today'])).toThrow('--today needs a value');
    expect(() => readArgs(['--stritc'], { flags: ['strict'], usage: 'usage: x' })).toThrow('unknown option "--stritc"\nusage: x');
  });
});
