import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { users } from "../db/schema";
import { executeAction } from "../lib/core/action";
import { fixedClock } from "../lib/core/clock";
import { userActions } from "../lib/users/actions";
import { makeCompany, makeUser } from "./support/fixtures";
import { useTestDb } from "./support/test-db";

const t = useTestDb();
const clock = fixedClock("2026-11-23T12:00:00Z");

describe("the organization always keeps an active admin", () => {
  it("lets only one of two admins demoting each other at the same time succeed", async () => {
    const company = await makeCompany(t.db);
    const ana = await makeUser(t.db, "admin", [company.id], { name: "Ana" });
    const beto = await makeUser(t.db, "admin", [company.id], { name: "Beto" });
    const demote = (by: typeof ana, target: typeof ana) => executeAction(
      userActions["users.save"],
      { id: target.id, name: target.name, email: target.email, role: "operator", companyIds: [company.id] },
      { userId: by.id }, { db: t.db, clock },
    );
    const results = await Promise.all([demote(ana, beto), demote(beto, ana)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    // The loser is either refused as the last admin, or — when the winner committed before its request began —
    // it is no longer an admin at all. Both keep exactly one active admin.
    const loser = results.find((r) => !r.ok) as { code: string; fieldErrors: Record<string, string[]> };
    if (loser.code === "CONFLICT") expect(loser.fieldErrors.role?.[0]).toContain("último administrador ativo");
    else expect(loser.code).toBe("FORBIDDEN");
    const admins = await t.db.select().from(users).where(eq(users.role, "admin"));
    expect(admins).toHaveLength(1);
  });
});
