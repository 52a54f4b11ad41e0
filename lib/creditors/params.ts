type SearchParams = Record<string, string | string[] | undefined>;

/** ?q=&page= of the creditor lists (CADFM050 and the WhatsApp "Credor" tab). */
export function parseCreditorParams(sp: SearchParams): { q: string; page: number } {
  const q = typeof sp.q === "string" ? sp.q.trim().slice(0, 100) : "";
  const page = typeof sp.page === "string" && /^\d{1,6}$/.test(sp.page) && Number(sp.page) > 0 ? Number(sp.page) : 1;
  return { q, page };
}
