import { redirect } from "next/navigation";

/** Accounts are people without an account of their own. */
export default function NewAccountPage() {
  redirect("/people/new");
}
