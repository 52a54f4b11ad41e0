/** What every provider adapter answers. Adapters never throw for provider/network problems: they classify them. */
export type ProviderFailure = {
  ok: false;
  /** Provider's own code when it gave one ("401", "301", "timeout", "network", "http_503"...). */
  code: string;
  /** Transient (5xx, 429, timeout, network): retry later. Permanent (invalid token/number/template): never retry. */
  retryable: boolean;
  /** Portuguese, shown to admins on the message row. */
  message: string;
  httpStatus?: number;
  /** From a 429's Retry-After. */
  retryAfterMs?: number;
  /** True only when the request provably never reached the provider (e.g. connection refused): safe to resend. */
  neverLeft?: boolean;
  raw?: unknown;
};

export type SendResult = { ok: true; providerId: string; httpStatus?: number; raw?: unknown } | ProviderFailure;

export type ProviderChannel = { id: string; number: string; name: string };
export type ProviderTemplate = { id: string; name: string; text: string; variableCount: number; status: string };

export type ListResult<T> = { ok: true; items: T[] } | ProviderFailure;

export interface ProviderAdapter {
  /** templateId is the provider's template id (RD Conversas) or name (Meta); language defaults to "pt_BR" where it matters. */
  sendTemplate(input: { to: string; templateId: string; variables: string[]; channelId?: string; sentBy?: string; language?: string }): Promise<SendResult>;
  sendText(input: { to: string; text: string; channelId?: string }): Promise<SendResult>;
  createContact(input: { name: string; phone: string; channelId: string }): Promise<SendResult>;
  listChannels(): Promise<ListResult<ProviderChannel>>;
  listTemplates(): Promise<ListResult<ProviderTemplate>>;
}

/** A provider account as the adapter needs it: credentials already decrypted (server-side only). */
export type AdapterAccount = {
  provider: "rdconversas" | "meta" | "plugmessage";
  baseUrl: string;
  credentials: { token?: string } & Record<string, unknown>;
  timeoutMs?: number;
};
