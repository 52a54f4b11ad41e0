import { redirect } from "next/navigation";

/** Accounts are people: the CTI's account search is the people list. */
export default function AccountsPage() {
  redirect("/people");
}
