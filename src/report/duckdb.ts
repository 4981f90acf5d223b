// The one module that talks to DuckDB (@duckdb/node-api, embedded; its binary ships in the npm
// package). Everything else builds SQL text and reads plain rows, so the core stays pure and a
// different engine would replace this file only.
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';

export type Row = Record<string, unknown>;

export interface Db {
  /** Runs one or more statements for their effect. */
  run(sql: string): Promise<void>;
  /** Runs a query; BIGINTs come back as numbers (counts here never pass 2^53), timestamps as ISO text. */
  all(sql: string): Promise<Row[]>;
  close(): void;
}

/** An in-memory database in UTC (timestamps with offsets are read as instants and kept in UTC). */
export async function openDb(): Promise<Db> {
  const instance = await DuckDBInstance.create(':memory:');
  const con: DuckDBConnection = await instance.connect();
  await con.run(`SET TimeZone = 'UTC'`);
  return {
    async run(sql) {
      await con.run(sql);
    },
    async all(sql) {
      const reader = await con.runAndReadAll(sql);
      return reader.getRowObjectsJson().map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'string' && /^-?\d+$/.test(v) && isBigintColumn(reader, k) ? Number(v) : v])));
    },
    close() {
      con.closeSync();
      instance.closeSync();
    },
  };
}

function isBigintColumn(reader: { columnNames(): string[]; columnTypes(): { toString(): string }[] }, name: string): boolean {
  const i = reader.columnNames().indexOf(name);
  const t = i >= 0 ? reader.columnTypes()[i]!.toString() : '';
  return /^(BIGINT|HUGEINT|UBIGINT|INTEGER|UINTEGER)$/.test(t);
}

/** A string as a SQL literal. */
export const lit = (s: string): string => `'${s.replace(/'/g, "''")}'`;
