// Cross-file checks of landing pages, as strict as the asset checks: every problem names the file,
// the field and the fix. Run by core/content/check.ts with the rest of the hub.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { quoteFound, type ContentError } from '../errors.ts';
import { attribute, componentUses, importedNames } from '../mdx-components.ts';
import { HUB_CONFIG_FILE, type LoadedHub, type LoadedLanding } from '../content/load.ts';
import { UtmError, utmProblem } from '../utm.ts';
import { ctaHref, LANDING_COMPONENTS } from './page.ts';
import { variantTable } from './select.ts';

const listOf = (ids: Iterable<string>) => [...ids].join(', ');

export function checkLandings(hub: Pick<LoadedHub, 'root' | 'config' | 'assets' | 'landings'>): ContentError[] {
  const errors: ContentError[] = [];
  const { config } = hub;
  const promiseIds = new Set(config.promises.map((p) => p.id));
  const assetKeys = new Set(hub.assets.map((a) => `${a.kind}/${a.slug}`));
  const bySlug = new Map<string, LoadedLanding>();

  for (const l of hub.landings) {
    const at = (field: string, name: string, expected: string, found: string): ContentError => ({ name, file: l.file, field, expected, found, line: l.lineOf(field) });
    const d = l.data;

    if (!promiseIds.has(d.promise)) errors.push(at('promise', 'UnknownPromise', `one of the promise ids in ${HUB_CONFIG_FILE} (${listOf(promiseIds)})`, quoteFound(d.promise)));
    d.assets.forEach((key, i) => {
      if (!assetKeys.has(key)) errors.push(at(`assets.${i}`, 'UnknownAsset', 'kind/slug of an existing asset, e.g. case-study/nordpharma-excursion-alerts', quoteFound(key)));
    });
    const campaignProblem = utmProblem('utm_campaign', d.campaign, config.utm);
    if (campaignProblem) errors.push(at('campaign', 'NonStandardUtm', campaignProblem, quoteFound(d.campaign)));

    const variantIds = new Set<string>();
    d.variants.forEach((v, i) => {
      if (variantIds.has(v.id)) errors.push(at(`variants.${i}.id`, 'DuplicateVariant', 'a variant id used once on this page', quoteFound(v.id)));
      variantIds.add(v.id);
      v.match.source?.forEach((s, j) => {
        const problem = utmProblem('utm_source', s, config.utm);
        if (problem) errors.push(at(`variants.${i}.match.source.${j}`, 'UnknownUtmSource', problem, quoteFound(s)));
      });
      v.match.campaign?.forEach((c, j) => {
        const problem = utmProblem('utm_campaign', c, config.utm);
        if (problem) errors.push(at(`variants.${i}.match.campaign.${j}`, 'NonStandardUtm', problem, quoteFound(c)));
      });
    });
    for (const dup of variantTable(d.variants).duplicates) {
      const i = d.variants.findIndex((v, k) => v.id === dup.second && k > d.variants.findIndex((w) => w.id === dup.first));
      const [source, campaign] = dup.key.split('|');
      const who = [source !== '*' && `utm_source=${source}`, campaign !== '*' && `utm_campaign=${campaign}`].filter(Boolean).join(' and ');
      errors.push(at(`variants.${i < 0 ? 0 : i}.match`, 'DuplicateVariantKey', `a match no earlier variant has (variant "${dup.first}" already matches ${who})`, `variant "${dup.second}" also matching ${who}`));
    }

    const x = d.experiment;
    if (x && x.audience !== 'default' && !variantIds.has(x.audience))
      errors.push(at('experiment.audience', 'UnknownVariant', `default or one of this page's variant ids (${listOf(variantIds) || 'none defined'})`, quoteFound(x.audience)));

    // The CTA link of every page this file emits goes through the one UTM builder.
    for (const variant of [undefined, ...d.variants.map((v) => v.id)]) {
      try {
        ctaHref(config, l, variant);
      } catch (e) {
        if (!(e instanceof UtmError)) throw e;
        errors.push(at(variant ? `variants.${d.variants.findIndex((v) => v.id === variant)}.id` : 'slug', 'NonStandardUtm', `a slug and variant id short enough for utm_content (${e.field}: ${e.expected})`, quoteFound(e.found)));
      }
    }

    const allowed = new Set<string>([...LANDING_COMPONENTS, ...importedNames(l.body)]);
    for (const use of componentUses(l.body, l.bodyLine)) {
      if (!allowed.has(use.name))
        errors.push({ name: 'UnknownComponent', file: l.file, line: use.line, field: `<${use.name}>`, expected: `one of the components landing pages may use (${LANDING_COMPONENTS.join(', ')}); the CTA comes from the frontmatter`, found: `<${use.name}>` });
      else if (use.name === 'Figure') {
        const src = attribute(use.attributes, 'src');
        if (!src || !existsSync(join(hub.root, 'content', src)))
          errors.push({ name: 'MissingImage', file: l.file, line: use.line, field: '<Figure src>', expected: 'an image path under content/, e.g. src="images/dock-sensors.png"', found: src ? `${quoteFound(src)}, but no such file` : quoteFound(src) });
      }
    }

    const twin = bySlug.get(l.slug);
    if (twin) errors.push(at(d.slug ? 'slug' : '(file name)', 'DuplicateSlug', `a URL no other landing page has (${twin.file} already uses /lp/${l.slug}/)`, quoteFound(l.slug)));
    else bySlug.set(l.slug, l);
  }
  return errors;
}
