// The SQL that turns each input format into one shape of event rows, and those rows into visits and
// counts. Plain text builders (no DuckDB import): src/report/read.ts runs them through duckdb.ts.
//
// Every format becomes rows of
//   line        line of the file (NDJSON, CSV record index before mapping, Parquet row), 1-based
//   kind        view | exposure | click | conversion | ignored
//   unit        view (the key is a view id) | session (a GA4 or PostHog session on one landing page)
//   vkey        the visit the row belongs to
//   ts          TIMESTAMP, UTC
//   landing, variant, experiment, arm, utm_source, utm_medium, utm_campaign
//   prio        0 when landing/variant/arm came from the event itself, 1 when read off the URL
//   bad         NULL, or the stable name of why the row cannot be used
import { lit } from './duckdb.ts';

export const HUB_SCHEMA_ID = 'proof-hub.event/1';
const HUB_EVENTS = `('landing_view', 'variant_exposure', 'cta_click', 'conversion')`;

/** What a good row holds, per bad-row reason (shown beside each count). */
export const BAD_ROW_EXPECTED: Record<string, string> = {
  InvalidJson: 'one JSON object per line',
  UnknownSchema: `"schema": "${HUB_SCHEMA_ID}"`,
  UnknownEvent: 'an event named landing_view, variant_exposure, cta_click or conversion',
  InvalidTimestamp: 'a time in ISO 8601 (ts, timestamp) or microseconds since 1970 (GA4 event_timestamp)',
  MissingViewId: 'a view_id (the UUID every event of one page view carries)',
  InvalidViewId: 'a view_id of 36 characters: hex digits and hyphens (a UUID)',
  InvalidPageType: 'a page_type of landing, thanks, asset or page',
  MissingLanding: 'the landing page slug on events of landing and thank-you pages',
  MissingUserId: 'a user_pseudo_id on GA4 events of landing pages',
  MissingSessionId: 'an event_params entry ga_session_id (GA4) on events of landing pages',
  MissingVisitId: 'properties.view_id or properties.$session_id (PostHog) on events of landing pages',
  MalformedCsvRow: 'as many fields as the header, quotes closed',
};

const norm = (x: string) => `nullif(lower(trim(${x})), '')`;
const text = (x: string) => `nullif(trim(${x}), '')`;
/** Landing slug and variant from a URL path: /lp/<slug>/ and /lp/<slug>/<variant>/ (any base path before it). */
const pathLanding = (url: string) => `nullif(regexp_extract(${url}, '/lp/([a-z0-9]+(?:-[a-z0-9]+)*)/', 1), '')`;
const pathVariant = (url: string) => `nullif(regexp_extract(${url}, '/lp/[a-z0-9]+(?:-[a-z0-9]+)*/([a-z0-9]+(?:-[a-z0-9]+)*)/', 1), '')`;
/** A query parameter of a URL, percent-decoded. */
const queryParam = (url: string, key: string) => `nullif(url_decode(replace(regexp_extract(${url}, '[?&]${key}=([^&#]*)', 1), '+', ' ')), '')`;
/** ISO text to a UTC TIMESTAMP (offsets honoured; the session's time zone is UTC). */
const isoTs = (x: string) => `try_cast(try_cast(${x} AS TIMESTAMPTZ) AS TIMESTAMP)`;

const LINES = (file: string) =>
  `read_csv(${lit(file)}, columns={'j': 'VARCHAR'}, header=false, delim=chr(1), quote='', escape='', auto_detect=false, strict_mode=false, new_line='\\n', max_line_size=16777216) WITH ORDINALITY`;

/** The hub's own events, one object per line or per CSV record: same fields, same checks. */
function hubRows(source: string): string {
  return `
SELECT line, ok,
  CASE WHEN NOT ok THEN 'InvalidJson'
       WHEN schema_id IS NOT NULL AND schema_id <> ${lit(HUB_SCHEMA_ID)} THEN 'UnknownSchema'
       WHEN event IS NULL OR event NOT IN ${HUB_EVENTS} THEN 'UnknownEvent'
       WHEN ts IS NULL THEN 'InvalidTimestamp'
       WHEN view_id IS NULL THEN 'MissingViewId'
       WHEN NOT regexp_full_match(view_id, '[0-9a-fA-F-]{36}') THEN 'InvalidViewId'
       WHEN page_type IS NOT NULL AND page_type NOT IN ('landing', 'thanks', 'asset', 'page') THEN 'InvalidPageType'
       WHEN page_type IN ('landing', 'thanks') AND landing IS NULL THEN 'MissingLanding'
  END AS bad,
  CASE WHEN landing IS NULL OR page_type IN ('asset', 'page') THEN 'ignored'
       WHEN event = 'landing_view' THEN 'view' WHEN event = 'variant_exposure' THEN 'exposure'
       WHEN event = 'cta_click' THEN 'click' WHEN event = 'conversion' THEN 'conversion' ELSE 'ignored' END AS kind,
  'view' AS unit, lower(view_id) AS vkey, ts, landing, coalesce(variant, 'default') AS variant, experiment, arm,
  utm_source, utm_medium, utm_campaign, 0 AS prio
FROM (
  SELECT line, ok, ${text('schema_id')} AS schema_id, ${text('event')} AS event, ${isoTs('ts')} AS ts, ${text('view_id')} AS view_id,
    ${norm('page_type')} AS page_type, ${norm('landing')} AS landing, ${norm('variant')} AS variant, ${norm('experiment')} AS experiment, ${norm('arm')} AS arm,
    ${norm('utm_source')} AS utm_source, ${norm('utm_medium')} AS utm_medium, ${norm('utm_campaign')} AS utm_campaign
  FROM (${source})
)`;
}

const HUB_FIELDS = ['schema', 'event', 'ts', 'view_id', 'page_type', 'landing', 'variant', 'experiment', 'arm', 'utm_source', 'utm_medium', 'utm_campaign'] as const;

export function hubNdjson(file: string): string {
  const struct = `{${HUB_FIELDS.map((f) => `"${f}": "VARCHAR"`).join(', ')}}`;
  return hubRows(`
    SELECT line, ok, s.schema AS schema_id, ${HUB_FIELDS.slice(1).map((f) => `s.${f} AS ${f}`).join(', ')}
    FROM (SELECT ordinality AS line, try(json_transform(j, ${lit(struct)})) AS s, s IS NOT NULL AND starts_with(ltrim(j), '{') AS ok
          FROM ${LINES(file)} WHERE j IS NOT NULL AND trim(j) <> '')`);
}

/**
 * The fast path: DuckDB's own NDJSON reader with the columns' types given. It refuses a file with any
 * line that is not a JSON object (then the line-by-line reader above takes over), and skips blank
 * lines, so `line` here is the record number: read.ts maps it to the file's line for bad rows.
 */
export function hubNdjsonFast(file: string): string {
  const columns = `{${HUB_FIELDS.map((f) => `'${f}': 'VARCHAR'`).join(', ')}}`;
  return hubRows(`
    SELECT ordinality AS line, true AS ok, "schema" AS schema_id, ${HUB_FIELDS.slice(1).map((f) => `"${f}" AS ${f}`).join(', ')}
    FROM read_json(${lit(file)}, format='newline_delimited', columns=${columns}, maximum_object_size=16777216) WITH ORDINALITY`);
}

/** CSV read as text columns; `columns` is the header (checked before this runs). */
export function csvSource(file: string, rejects: string): string {
  return `read_csv(${lit(file)}, header=true, all_varchar=true, auto_detect=true, store_rejects=true, rejects_table=${lit(rejects)}, rejects_scan=${lit(`${rejects}_scan`)}, max_line_size=16777216) WITH ORDINALITY`;
}

export function hubCsv(file: string, columns: readonly string[], rejects: string): string {
  const col = (name: string) => (columns.includes(name) ? `"${name}"` : 'NULL');
  return hubRows(`
    SELECT ordinality AS line, true AS ok, ${col('schema')} AS schema_id, ${HUB_FIELDS.slice(1).map((f) => `${col(f)} AS ${f}`).join(', ')}
    FROM ${csvSource(file, rejects)}`);
}

/** GA4's event_params as a list of {key, value{…}} with every value as text (int_value is a number or a string). */
const GA4_STRUCT = `{
  "event_name": "VARCHAR", "event_timestamp": "VARCHAR", "user_pseudo_id": "VARCHAR",
  "event_params": [{"key": "VARCHAR", "value": {"string_value": "VARCHAR", "int_value": "VARCHAR", "float_value": "VARCHAR", "double_value": "VARCHAR"}}],
  "collected_traffic_source": {"manual_source": "VARCHAR", "manual_medium": "VARCHAR", "manual_campaign_name": "VARCHAR"},
  "session_traffic_source_last_click": {"manual_campaign": {"source": "VARCHAR", "medium": "VARCHAR", "campaign_name": "VARCHAR"}}
}`;

const param = (key: string) =>
  `(list_filter(event_params, p -> p.key = ${lit(key)})[1].value)`;
const paramText = (key: string) =>
  `nullif(trim(coalesce(${param(key)}.string_value, CAST(${param(key)}.int_value AS VARCHAR), CAST(${param(key)}.double_value AS VARCHAR), CAST(${param(key)}.float_value AS VARCHAR))), '')`;

/** GA4 rows (from NDJSON via json_transform, or Parquet): one visit per session and landing page. */
function ga4Rows(source: string, hasLastClick: boolean, hasCollected: boolean): string {
  const cts = (f: string) => (hasCollected ? `collected_traffic_source.${f}` : 'NULL');
  const lc = (f: string) => (hasLastClick ? `session_traffic_source_last_click.manual_campaign.${f}` : 'NULL');
  return `
SELECT line, ok,
  CASE WHEN NOT ok THEN 'InvalidJson'
       WHEN kind = 'ignored' THEN NULL
       WHEN ts IS NULL THEN 'InvalidTimestamp'
       WHEN user_id IS NULL THEN 'MissingUserId'
       WHEN session_id IS NULL THEN 'MissingSessionId'
  END AS bad,
  kind, 'session' AS unit, user_id || '.' || session_id || '|' || landing AS vkey, ts, landing,
  coalesce(p_variant, CASE WHEN path_variant IS NOT NULL AND path_variant <> 'thanks' THEN path_variant END, 'default') AS variant,
  experiment, arm, utm_source, utm_medium, utm_campaign,
  CASE WHEN p_landing IS NOT NULL THEN 0 ELSE 1 END AS prio
FROM (
  SELECT *,
    CASE WHEN NOT ok OR landing IS NULL THEN 'ignored'
         WHEN event_name = 'landing_view' THEN 'view'
         WHEN event_name = 'page_view' AND coalesce(path_variant, '') <> 'thanks' THEN 'view'
         WHEN event_name = 'variant_exposure' THEN 'exposure'
         WHEN event_name = 'cta_click' OR (event_name = 'select_content' AND content_type = 'cta') THEN 'click'
         WHEN event_name IN ('generate_lead', 'conversion') OR (event_name = 'page_view' AND path_variant = 'thanks') THEN 'conversion'
         ELSE 'ignored' END AS kind
  FROM (
    SELECT *, coalesce(p_landing, CASE WHEN event_name = 'select_content' THEN content_id END, ${pathLanding('page_location')}) AS landing,
      ${pathVariant('page_location')} AS path_variant
    FROM (
      SELECT line, ok, event_name,
        make_timestamp(try_cast(event_timestamp AS BIGINT)) AS ts,
        ${text('user_pseudo_id')} AS user_id,
        ${paramText('ga_session_id')} AS session_id,
        ${paramText('page_location')} AS page_location,
        ${norm(paramText('landing'))} AS p_landing, ${norm(paramText('variant'))} AS p_variant,
        ${norm(paramText('experiment'))} AS experiment, ${norm(paramText('arm'))} AS arm,
        ${norm(paramText('content_type'))} AS content_type, ${norm(paramText('content_id'))} AS content_id,
        ${norm(`coalesce(${cts('manual_source')}, ${queryParam(paramText('page_location'), 'utm_source')}, ${paramText('utm_source')}, ${lc('source')})`)} AS utm_source,
        ${norm(`coalesce(${cts('manual_medium')}, ${queryParam(paramText('page_location'), 'utm_medium')}, ${paramText('utm_medium')}, ${lc('medium')})`)} AS utm_medium,
        ${norm(`coalesce(${cts('manual_campaign_name')}, ${queryParam(paramText('page_location'), 'utm_campaign')}, ${paramText('utm_campaign')}, ${lc('campaign_name')})`)} AS utm_campaign
      FROM (${source})
    )
  )
)`;
}

export function ga4Ndjson(file: string): string {
  return ga4Rows(
    `SELECT line, ok, s.event_name AS event_name, s.event_timestamp AS event_timestamp, s.user_pseudo_id AS user_pseudo_id, s.event_params AS event_params,
            s.collected_traffic_source AS collected_traffic_source, s.session_traffic_source_last_click AS session_traffic_source_last_click
     FROM (SELECT ordinality AS line, try(json_transform(j, ${lit(GA4_STRUCT)})) AS s, s IS NOT NULL AND starts_with(ltrim(j), '{') AS ok
           FROM ${LINES(file)} WHERE j IS NOT NULL AND trim(j) <> '')`,
    true,
    true,
  );
}

const GA4_COLUMNS = `{'event_name': 'VARCHAR', 'event_timestamp': 'VARCHAR', 'user_pseudo_id': 'VARCHAR',
  'event_params': 'STRUCT(key VARCHAR, value STRUCT(string_value VARCHAR, int_value VARCHAR, float_value VARCHAR, double_value VARCHAR))[]',
  'collected_traffic_source': 'STRUCT(manual_source VARCHAR, manual_medium VARCHAR, manual_campaign_name VARCHAR)',
  'session_traffic_source_last_click': 'STRUCT(manual_campaign STRUCT(source VARCHAR, medium VARCHAR, campaign_name VARCHAR))'}`;

/** GA4 NDJSON through DuckDB's own reader (see hubNdjsonFast). */
export function ga4NdjsonFast(file: string): string {
  return ga4Rows(
    `SELECT ordinality AS line, true AS ok, event_name, event_timestamp, user_pseudo_id, event_params, collected_traffic_source, session_traffic_source_last_click
     FROM read_json(${lit(file)}, format='newline_delimited', columns=${GA4_COLUMNS}, maximum_object_size=16777216) WITH ORDINALITY`,
    true,
    true,
  );
}

export function ga4Parquet(file: string, columns: readonly string[]): string {
  const has = (c: string) => columns.includes(c);
  return ga4Rows(
    `SELECT file_row_number + 1 AS line, true AS ok, event_name, CAST(event_timestamp AS VARCHAR) AS event_timestamp, CAST(user_pseudo_id AS VARCHAR) AS user_pseudo_id, event_params
       ${has('collected_traffic_source') ? ', collected_traffic_source' : ''}${has('session_traffic_source_last_click') ? ', session_traffic_source_last_click' : ''}
     FROM read_parquet(${lit(file)}, file_row_number=true)`,
    has('session_traffic_source_last_click'),
    has('collected_traffic_source'),
  );
}

/** PostHog: our event names captured with our properties; $pageview and the rest are ignored. */
function posthogRows(source: string): string {
  return `
SELECT line, ok,
  CASE WHEN NOT ok THEN 'InvalidJson'
       WHEN kind = 'ignored' THEN NULL
       WHEN ts IS NULL THEN 'InvalidTimestamp'
       WHEN view_id IS NULL AND session_id IS NULL THEN 'MissingVisitId'
       WHEN view_id IS NOT NULL AND NOT regexp_full_match(view_id, '[0-9a-fA-F-]{36}') THEN 'InvalidViewId'
  END AS bad,
  kind, CASE WHEN view_id IS NOT NULL THEN 'view' ELSE 'session' END AS unit,
  coalesce(lower(view_id), session_id || '|' || landing) AS vkey, ts, landing,
  coalesce(p_variant, CASE WHEN path_variant IS NOT NULL AND path_variant <> 'thanks' THEN path_variant END, 'default') AS variant,
  experiment, arm, utm_source, utm_medium, utm_campaign, CASE WHEN p_landing IS NOT NULL THEN 0 ELSE 1 END AS prio
FROM (
  SELECT *,
    CASE WHEN NOT ok OR landing IS NULL OR coalesce(page_type, '') IN ('asset', 'page') THEN 'ignored'
         WHEN event = 'landing_view' THEN 'view' WHEN event = 'variant_exposure' THEN 'exposure'
         WHEN event = 'cta_click' THEN 'click' WHEN event = 'conversion' THEN 'conversion' ELSE 'ignored' END AS kind
  FROM (
    SELECT *, coalesce(p_landing, ${pathLanding('current_url')}) AS landing, ${pathVariant('current_url')} AS path_variant
    FROM (
      SELECT line, ok, ${text('event')} AS event, ${isoTs('ts')} AS ts,
        ${text('view_id')} AS view_id, ${text('session_id')} AS session_id, ${text('current_url')} AS current_url,
        ${norm('page_type')} AS page_type, ${norm('landing')} AS p_landing, ${norm('variant')} AS p_variant,
        ${norm('experiment')} AS experiment, ${norm('arm')} AS arm,
        ${norm(`coalesce(utm_source, ${queryParam('current_url', 'utm_source')})`)} AS utm_source,
        ${norm(`coalesce(utm_medium, ${queryParam('current_url', 'utm_medium')})`)} AS utm_medium,
        ${norm(`coalesce(utm_campaign, ${queryParam('current_url', 'utm_campaign')})`)} AS utm_campaign
      FROM (${source})
    )
  )
)`;
}

const PH_PROPS: Record<string, string> = {
  view_id: 'view_id',
  session_id: '$session_id',
  current_url: '$current_url',
  page_type: 'page_type',
  landing: 'landing',
  variant: 'variant',
  experiment: 'experiment',
  arm: 'arm',
  utm_source: 'utm_source',
  utm_medium: 'utm_medium',
  utm_campaign: 'utm_campaign',
};

/** PostHog CSV: properties flattened as `properties.<name>` columns, or one `properties` column of JSON. */
export function posthogCsv(file: string, columns: readonly string[], rejects: string): string {
  const prop = (name: string) =>
    columns.includes(`properties.${name}`) ? `"properties.${name}"` : columns.includes('properties') ? `json_extract_string("properties", ${lit(`$."${name}"`)})` : 'NULL';
  return posthogRows(`
    SELECT ordinality AS line, true AS ok, "event" AS event, "timestamp" AS ts,
      ${Object.entries(PH_PROPS).map(([as, name]) => `${prop(name)} AS ${as}`).join(', ')}
    FROM ${csvSource(file, rejects)}`);
}

/** PostHog JSON: objects {event, timestamp, distinct_id, properties{…}}, one per line or in one array. */
export function posthogJson(file: string, array: boolean): string {
  const source = array
    ? `SELECT ordinality AS line, CAST(json AS VARCHAR) AS j FROM read_json(${lit(file)}, format='array', records=false, columns={'json': 'JSON'}, maximum_object_size=16777216) WITH ORDINALITY`
    : `SELECT ordinality AS line, j FROM ${LINES(file)} WHERE j IS NOT NULL AND trim(j) <> ''`;
  const struct = JSON.stringify({ event: 'VARCHAR', timestamp: 'VARCHAR', properties: Object.fromEntries(Object.values(PH_PROPS).map((n) => [n, 'VARCHAR'])) });
  return posthogRows(`
    SELECT line, ok, s.event AS event, s.timestamp AS ts, ${Object.entries(PH_PROPS).map(([as, name]) => `s.properties."${name}" AS ${as}`).join(', ')}
    FROM (SELECT line, try(json_transform(j, ${lit(struct)})) AS s, s IS NOT NULL AND starts_with(ltrim(j), '{') AS ok FROM (${source}))`);
}

/** The normalised events of every file. */
export const CREATE_EVENTS = `CREATE OR REPLACE TABLE ev (file VARCHAR, line BIGINT, ok BOOLEAN, bad VARCHAR, kind VARCHAR, unit VARCHAR, vkey VARCHAR, ts TIMESTAMP,
  landing VARCHAR, variant VARCHAR, experiment VARCHAR, arm VARCHAR, utm_source VARCHAR, utm_medium VARCHAR, utm_campaign VARCHAR, prio INTEGER)`;

export const insertEvents = (file: string, select: string): string =>
  `INSERT INTO ev SELECT ${lit(file)}, line, ok, bad, kind, unit, vkey, ts, landing, variant, experiment, arm, utm_source, utm_medium, utm_campaign, prio FROM (${select})`;

/**
 * Visits: one row per visit key with the attribution of its first view (values the event carried
 * win over values read off the URL), and whether it clicked and converted.
 */
export const CREATE_VISITS = `
CREATE OR REPLACE TABLE visits AS
WITH v AS (
  SELECT vkey, any_value(unit) AS unit, count(*) AS n, count(DISTINCT arm) AS arms, min(ts) AS ts,
    arg_min(landing, {'p': prio, 't': ts, 'l': line}) AS landing, arg_min(variant, {'p': prio, 't': ts, 'l': line}) AS variant,
    arg_min(experiment, {'p': prio, 't': ts, 'l': line}) AS experiment, arg_min(arm, {'p': prio, 't': ts, 'l': line}) AS arm,
    arg_min(utm_source, {'t': ts, 'l': line}) AS utm_source, arg_min(utm_medium, {'t': ts, 'l': line}) AS utm_medium,
    arg_min(utm_campaign, {'t': ts, 'l': line}) AS utm_campaign
  FROM ev WHERE bad IS NULL AND kind = 'view' GROUP BY vkey
), o AS (
  SELECT vkey, bool_or(kind = 'click') AS clicked, bool_or(kind = 'conversion') AS converted
  FROM ev WHERE bad IS NULL AND kind IN ('click', 'conversion') GROUP BY vkey
)
SELECT v.*, coalesce(o.clicked, false) AS clicked, coalesce(o.converted, false) AS converted FROM v LEFT JOIN o USING (vkey)`;

const COUNTS = `count(*)::BIGINT AS visits, count(*) FILTER (WHERE clicked)::BIGINT AS clicks, count(*) FILTER (WHERE converted)::BIGINT AS conversions`;

export const Q_VARIANTS = `SELECT landing, variant, experiment, arm, ${COUNTS} FROM visits GROUP BY ALL ORDER BY ALL`;
export const Q_SOURCES = `SELECT landing, utm_source AS source, utm_medium AS medium, utm_campaign AS campaign, ${COUNTS} FROM visits GROUP BY ALL ORDER BY ALL`;
export const Q_DAYS = `SELECT landing, experiment, coalesce(arm, '(none)') AS arm, strftime(ts, '%Y-%m-%d') AS day, ${COUNTS} FROM visits WHERE experiment IS NOT NULL GROUP BY ALL ORDER BY ALL`;
export const Q_FILES = `SELECT file, count(*)::BIGINT AS rows, count(*) FILTER (WHERE bad IS NULL AND kind <> 'ignored')::BIGINT AS used,
  count(*) FILTER (WHERE bad IS NULL AND kind = 'ignored')::BIGINT AS ignored, count(*) FILTER (WHERE bad IS NOT NULL)::BIGINT AS bad FROM ev GROUP BY file`;
export const Q_BAD = `SELECT file, bad AS reason, count(*)::BIGINT AS count, list(line ORDER BY line)[1:5] AS lines FROM ev WHERE bad IS NOT NULL GROUP BY ALL ORDER BY file, reason`;
export const Q_ORPHANS = `SELECT count(DISTINCT vkey) FILTER (WHERE kind = 'click')::BIGINT AS clicks, count(DISTINCT vkey) FILTER (WHERE kind = 'conversion')::BIGINT AS conversions
  FROM ev WHERE bad IS NULL AND kind IN ('click', 'conversion') AND vkey NOT IN (SELECT vkey FROM visits)`;
export const Q_SUMMARY = `SELECT (SELECT count(*) FROM visits WHERE unit = 'view' AND n > 1)::BIGINT AS duplicates,
  (SELECT count(*) FROM visits WHERE arms > 1)::BIGINT AS mixed,
  (SELECT strftime(min(ts), '%Y-%m-%dT%H:%M:%SZ') FROM ev WHERE bad IS NULL AND kind <> 'ignored') AS "from",
  (SELECT strftime(max(ts), '%Y-%m-%dT%H:%M:%SZ') FROM ev WHERE bad IS NULL AND kind <> 'ignored') AS "to"`;
