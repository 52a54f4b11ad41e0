import { sql } from "drizzle-orm";
import { createDb } from "./client";
import { companies, phoneTypes, userCompanies, users } from "./schema";
import { hashPassword } from "../lib/core/password";

export const DEMO_PASSWORD = "recado123";

/** Demo data for the embedded database: runs once (skips when the demo admin exists). */
export async function seedDemo(url: string): Promise<string> {
  const { db, pool } = createDb(url, 2);
  try {
    const existing = await db.execute(sql`select 1 from users where lower(email) = 'admin@recado.dev'`);
    if (existing.rows.length > 0) return "já existentes";
    await db.transaction(async (tx) => {
      const created = await tx.insert(companies).values([
        { code: "01", name: "Moda Brasil Matriz", document: "11222333000181" },
        { code: "02", name: "Moda Brasil Filial Sul", document: "11444777000161" },
        { code: "03", name: "Conecta Provedor", document: "45723174000110" },
      ]).returning();
      const hash = await hashPassword(DEMO_PASSWORD);
      const [admin, operator] = await tx.insert(users).values([
        { email: "admin@recado.dev", name: "Ana Administradora", passwordHash: hash, role: "admin" as const },
        { email: "operador@recado.dev", name: "Otávio Operador", passwordHash: hash, role: "operator" as const },
      ]).returning();
      await tx.insert(userCompanies).values([
        ...created.map((c) => ({ userId: admin!.id, companyId: c.id })),
        ...created.slice(0, 2).map((c) => ({ userId: operator!.id, companyId: c.id })),
      ]);
      await tx.insert(phoneTypes).values([
        { code: "CEL", description: "Celular" },
        { code: "RES", description: "Residencial" },
        { code: "COM", description: "Comercial" },
      ]).onConflictDoNothing();
    });
    return "criados";
  } finally {
    await pool.end();
  }
}
