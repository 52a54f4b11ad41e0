import { countDistinct, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { people, personPhones, phoneTypes } from "@/db/schema";
import { defineProcess } from "./define";

/** Demo process: something visible for a run to do (people are organization-wide, so companies only label the LOG). */
export const demoCountPeople = defineProcess({
  code: "demo.count-people",
  name: "Contagem de pessoas",
  type: "Cadastros",
  params: z.object({
    onlyWithMobile: z.boolean().default(false).describe("Somente pessoas com celular (CEL)"),
  }),
  handler: async ({ db, run, params, log }) => {
    await log(`Contando pessoas para a data de referência ${run.referenceDate.split("-").reverse().join("/")}.`);
    const [all] = await db.select({ n: sql<number>`count(*)::int` }).from(people);
    const [withMobile] = await db.select({ n: countDistinct(personPhones.personId) }).from(personPhones)
      .innerJoin(phoneTypes, eq(phoneTypes.id, personPhones.phoneTypeId)).where(eq(phoneTypes.code, "CEL"));
    const total = all?.n ?? 0;
    const mobile = withMobile?.n ?? 0;
    await log(`${total} pessoa(s) cadastrada(s); ${mobile} com celular.`, { data: { total, mobile } });
    return params.onlyWithMobile ? { found: mobile, skipped: total - mobile } : { found: total };
  },
});
