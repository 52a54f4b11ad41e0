import { z } from "zod";
import { defineAction } from "@/lib/core/action";
import { switchCompany } from "./switch-company";

export const sessionActions = {
  "session.switchCompany": defineAction({
    role: "operator",
    input: z.object({ companyId: z.number().int().positive() }),
    service: switchCompany,
  }),
};
