// The build's stamp: inputs by their bytes (a checkout that only changes dates is no change),
// outputs by path, size and date (anything written into them is).
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inputsDigest, readBuildStamp, treeFingerprint, upToDate, writeBuildStamp } from '../../src/core/build-stamp.ts';

const dir = mkdtempSync(join(tmpdir(), 'build-stamp-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const at = (...p: string[]) => join(dir, ...p);

describe('inputsDigest', () => {
  mkdirSync(at('content/case-studies'), { recursive: true });
  writeFileSync(at('content/hub.yaml'), 'site: {}\n');
  writeFileSync(at('content/case-studies/a.mdx'), '# A\n');
  writeFileSync(at('astro.config.mjs'), 'export default {}\n');
  const digest = () => inputsDigest([at('content'), at('astro.config.mjs'), at('public')], { today: '2026-06-15' });

  it('changes with a byte, a new file, a renamed file, a missing path appearing, or a value; not with dates', () => {
    const first = digest();
    expect(digest()).toBe(first);
    utimesSync(at('content/case-studies/a.mdx'), new Date(2020, 0, 1), new Date(2020, 0, 1));
    expect(digest()).toBe(first);

    const seen = new Set([first]);
    const changed = (what: string) => {
      const d = digest();
      expect(seen.has(d), what).toBe(false);
      seen.add(d);
    };
    writeFileSync(at('content/case-studies/a.mdx'), '# A!\n');
    changed('a byte');
    writeFileSync(at('content/case-studies/b.mdx'), '');
    changed('an empty new file');
    rmSync(at('content/case-studies/b.mdx'));
    writeFileSync(at('content/case-studies/c.mdx'), '');
    changed('the same bytes under another name');
    mkdirSync(at('public'));
    writeFileSync(at('public/_headers'), '/*\n');
    changed('a folder that was missing');
    expect(inputsDigest([at('content'), at('astro.config.mjs'), at('public')], { today: '2026-06-16' })).not.toBe(digest());
  });
});

describe('upToDate', () => {
  it('holds while the outputs are as fingerprinted, and not once a file in them is written or one is missing', () => {
    mkdirSync(at('dist/a'), { recursive: true });
    writeFileSync(at('dist/a/index.html'), '<h1>A</h1>');
    const file = at('cache/build.json');
    writeBuildStamp(file, { version: 1, inputs: 'abc', outputs: { dist: treeFingerprint(at('dist')), snippets: treeFingerprint(at('snippets')) }, builtAt: '2026-11-26T10:00:00.000Z', report: 'r' });
    const stamp = readBuildStamp(file);
    const outputs = { dist: at('dist'), snippets: at('snippets') };
    expect(treeFingerprint(at('snippets'))).toBe('absent');
    expect(upToDate(stamp, 'abc', outputs)).toBe(true);
    expect(upToDate(stamp, 'abd', outputs)).toBe(false);
    expect(upToDate(undefined, 'abc', outputs)).toBe(false);
    writeFileSync(at('dist/a/index.html'), '<h1>B</h1>');
    expect(upToDate(stamp, 'abc', outputs)).toBe(false);
  });

  it('reads no stamp from a missing, broken or older file', () => {
    expect(readBuildStamp(at('nope.json'))).toBeUndefined();
    writeFileSync(at('broken.json'), '{');
    expect(readBuildStamp(at('broken.json'))).toBeUndefined();
    writeFileSync(at('old.json'), JSON.stringify({ version: 0, inputs: 'x', outputs: {} }));
    expect(readBuildStamp(at('old.json'))).toBeUndefined();
  });
});
