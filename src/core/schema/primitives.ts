// Small reusable field schemas. Plain zod, no Astro: the site, the scripts and the tests share them.
import { z } from 'zod';

/** An identifier editors type in frontmatter and config: lowercase words joined by hyphens. */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'lowercase letters, digits and single hyphens, e.g. "on-time-delivery"' });

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when y-m-d names a real calendar day (2026-02-31 does not). */
export function isRealDate(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** Formats a Date as YYYY-MM-DD in UTC (YAML dates are read as UTC midnight). */
export function toIsoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * A calendar day written `YYYY-MM-DD`, kept as that string.
 * Astro's YAML reader hands us a Date (and silently rolls 2026-02-31 over to 3 March);
 * our own reader keeps the text, so the impossible day is caught before Astro sees it.
 */
export const IsoDateSchema = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? toIsoDay(v) : v),
  z
    .string({ error: 'a date written YYYY-MM-DD, e.g. 2026-03-14' })
    .refine((s) => ISO_DATE.test(s), { error: 'a date written YYYY-MM-DD, e.g. 2026-03-14', params: { name: 'InvalidDate' } })
    .refine(
      (s) => {
        const m = ISO_DATE.exec(s);
        return !m || isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
      },
      { error: 'a real calendar day (this month has fewer days)', params: { name: 'ImpossibleDate' } },
    ),
);

/** An absolute https URL. */
export const HttpsUrlSchema = z
  .string()
  .refine(
    (s) => {
      try {
        const u = new URL(s);
        return u.protocol === 'https:' && u.hostname.includes('.');
      } catch {
        return false;
      }
    },
    { error: 'an absolute https:// URL, e.g. https://example.com/report', params: { name: 'InvalidUrl' } },
  );

/** A path relative to the file that names it, e.g. ./images/hero.png. */
export const RelativeFileSchema = z
  .string()
  .regex(/^\.{1,2}\//, { error: 'a path relative to this file, starting with ./ e.g. ./images/hero.png' });

/** A CSS hex colour. */
export const HexColourSchema = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/, { error: 'a hex colour with six digits, e.g. #0b5fff' });
