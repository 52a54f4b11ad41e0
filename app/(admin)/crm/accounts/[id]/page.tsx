import { redirect } from "next/navigation";

/** The CTI's account detail code is a person id; anything else is searched for in the people list. */
export default async function AccountDetailPage({ params }: { params: Promise<{ id: string }> }) {
  const code = decodeURIComponent((await params).id).trim();
  redirect(/^\d{1,9}$/.test(code) ? `/people/${code}` : `/people?${new URLSearchParams({ q: code })}`);
}
