// `npm run dev` serves each asset's data files beside its page, at the URL the page links and the
// build publishes, and passes everything else on (to Astro: a page, or its 404).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { dataFileRequestHandler } from '../../src/integrations/data-file-server.ts';

const PROJECT = join(import.meta.dirname, '../..');

function ask(handle: ReturnType<typeof dataFileRequestHandler>, url: string) {
  const headers: Record<string, string> = {};
  let body: Uint8Array | undefined;
  let passed: unknown = 'not called';
  handle({ url }, { setHeader: (k, v) => (headers[k] = v), end: (b) => (body = b) }, (err) => (passed = err));
  return { headers, body, passed };
}

it("serves a benchmark's CSV beside its page, without a trailing slash", () => {
  const handle = dataFileRequestHandler(PROJECT, '/');
  const hit = ask(handle, '/benchmark/alert-latency-by-gateway/alert-latency-by-gateway.csv?download=1');
  expect(hit.passed).toBe('not called');
  expect(hit.headers['Content-Type']).toBe('text/csv; charset=utf-8');
  expect(Buffer.from(hit.body!).equals(readFileSync(join(PROJECT, 'content/benchmarks/alert-latency-by-gateway.csv')))).toBe(true);
});

it('answers under the base path only, and passes pages and unknown files on', () => {
  const handle = dataFileRequestHandler(PROJECT, '/proof/');
  expect(ask(handle, '/proof/benchmark/alert-latency-by-gateway/alert-latency-by-gateway.csv').passed).toBe('not called');
  expect(ask(handle, '/benchmark/alert-latency-by-gateway/alert-latency-by-gateway.csv').passed, 'without the base path').toBeUndefined();
  expect(ask(handle, '/proof/benchmark/alert-latency-by-gateway/').passed).toBeUndefined();
  expect(ask(handle, '/proof/benchmark/alert-latency-by-gateway/other.csv').passed).toBeUndefined();
  expect(ask(handle, '/proof/benchmark/battery-life-by-interval/alert-latency-by-gateway.csv').passed, "another asset's file").toBeUndefined();
  expect(ask(handle, '/proof/benchmark/alert-latency-by-gateway/..%2F..%2Fhub.json').passed).toBeUndefined();
  expect(ask(handle, '/proof/benchmark/alert-latency-by-gateway/%E0%A4%A.csv').passed, 'a malformed escape').toBeUndefined();
});
