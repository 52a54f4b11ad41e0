import { redirect } from "next/navigation";

/** Contacts are people linked to an account: the person form takes the account as ?conta=. */
export default async function NewContactPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const account = (await searchParams).num_id_pessoa;
  redirect(typeof account === "string" && /^\d{1,9}$/.test(account) ? `/people/new?conta=${account}` : "/people/new");
}
