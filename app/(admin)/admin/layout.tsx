import type { ReactNode } from "react";
import { getAdminPageContext } from "@/lib/core/request-context";

/** The admin check runs here, above the pages' loading boundaries, so operators get a real HTTP 404. */
export default async function AdminOnlyLayout({ children }: { children: ReactNode }) {
  await getAdminPageContext();
  return children;
}
