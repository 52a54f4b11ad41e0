import { getDb } from "@/db/client";
import { receiveSoapEvent } from "@/lib/cti/events/receive-soap-event";

export const dynamic = "force-dynamic";

/** SmartCTIWSEventing, called by the PBX (public: the PBX has no session); every event is stored before we answer. */
export async function POST(request: Request) {
  const answer = await receiveSoapEvent(getDb(), await request.text());
  return new Response(answer.body, { status: answer.status, headers: { "content-type": "text/xml; charset=utf-8" } });
}
