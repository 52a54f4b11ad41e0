import { sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { listPeople } from "../lib/people/list-people";
import { makeCtx } from "./support/fixtures";
import { useTestDb } from "./support/test-db";

const t = useTestDb();

it("stops counting past 10,000 matches and says so", async () => {
  const ctx = await makeCtx(t.db, "operator");
  await t.db.execute(sql`insert into people (kind, name) select 'natural', 'Cliente ' || n from generate_series(1, 10050) n`);
  const all = await listPeople({ ctx, input: { q: "", mode: "auto", page: 1 } });
  expect(all).toMatchObject({ total: 10_000, totalCapped: true });
  expect(all.rows).toHaveLength(25);
  // 100, 1000–1009 and 10000–10050.
  const some = await listPeople({ ctx, input: { q: "cliente 100", mode: "name", page: 1 } });
  expect(some).toMatchObject({ total: 62, totalCapped: false });
});
