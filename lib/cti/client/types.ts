/** JSON shapes the docked CTI client receives from /api/cti/state, /api/cti/events and /api/cti/identify. */
export type CtiSessionStatus = "logging_in" | "ready" | "paused" | "logging_out" | "ended";

export type CtiOperationView = { id: number; code: string; name: string; url: string; takesInput: boolean };

export type CtiStateView = {
  agent: { agentLogin: string; extension: string; groupId: string } | null;
  session: { id: number; extension: string; agentLogin: string; groupId: string; status: CtiSessionStatus; startedAt: string } | null;
  occupiedBy: { userId: number; name: string; since: string; status: string } | null;
  askLogoutJustification: boolean;
  operations: CtiOperationView[];
};

export type CtiEventView = { seq: number; type: string; callId: string | null; payload: Record<string, string>; receivedAt: string };

export type CtiPollAnswer = { events: CtiEventView[]; last: number; status: CtiSessionStatus };

export type IdentifiedContactView = { id: number; name: string; erpCode: string | null; phones: string[]; identifier: boolean };
export type IdentifiedAccountView = {
  id: number; name: string; document: string | null; erpCode: string | null;
  contacts: IdentifiedContactView[]; selectedContactId: number | null;
};
export type IdentificationView = { matchedBy: string | null; accounts: IdentifiedAccountView[] };
