import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseTargets } from "../../test-support/test-databases.ts";
import type { Database } from "./database.ts";

/** Prepared statements must answer exactly as ordinary queries do, on every database. */
describe.each(testDatabaseTargets())("prepared statements on $name", (target) => {
  let database: Database;

  beforeAll(async () => {
    database = await target.open();
  });
  afterAll(async () => {
    await database?.close();
    await target.dispose();
  });

  const TEXT = `SELECT $1::text AS text, $2::int AS n, $3::text AS missing, $4::uuid[] AS ids,
                       $5::jsonb AS doc, '2026-01-02T03:04:05.678Z'::timestamptz AS at`;
  const params = [
    `it's "quoted" \\ and ünïcode`,
    42,
    null,
    ["0b6f7a52-4a4f-4f57-9a43-8a8a0f7b4c11", "1c7e9b63-5b50-4068-8b54-9b9b1f8c5d22"],
    JSON.stringify({ nested: { list: [1, "two", null] } }),
  ];

  it("returns the same rows, with the same types, as an ordinary query — first time and again", async () => {
    const plain = await database.sql.query(TEXT, params);
    const first = await database.sql.queryPrepared("test_types", TEXT, params);
    const again = await database.sql.queryPrepared("test_types", TEXT, params);
    expect(first).toEqual(plain);
    expect(again).toEqual(plain);
    expect(first[0]).toMatchObject({ n: 42, missing: null, doc: { nested: { list: [1, "two", null] } } });
    expect(first[0]!.at).toBeInstanceOf(Date);
  });

  it("reports a failing execution and still works for the next call", async () => {
    const text = "SELECT 10 / $1::int AS q";
    await expect(database.sql.queryPrepared("test_division", text, [0])).rejects.toThrow(/division by zero/);
    expect(await database.sql.queryPrepared("test_division", text, [5])).toEqual([{ q: 2 }]);
    await expect(database.sql.queryPrepared("test_division", text, [0])).rejects.toThrow(/division by zero/);
    expect(await database.sql.queryPrepared("test_division", text, [2])).toEqual([{ q: 5 }]);
  });

  it("reports a statement that does not parse, and parses it again next time", async () => {
    await expect(database.sql.queryPrepared("test_broken", "SELEC 1", [])).rejects.toThrow();
    await expect(database.sql.queryPrepared("test_broken", "SELEC 1", [])).rejects.toThrow(/syntax/);
  });

  it("writes what ordinary queries then read", async () => {
    await database.sql.query("CREATE TABLE IF NOT EXISTS prepared_probe (n int)");
    await database.sql.queryPrepared("test_insert", "INSERT INTO prepared_probe (n) VALUES ($1::int) RETURNING n", [7]);
    expect(await database.sql.query("SELECT n FROM prepared_probe")).toEqual([{ n: 7 }]);
    await database.sql.query("DROP TABLE prepared_probe");
  });
});
