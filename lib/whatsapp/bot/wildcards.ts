/** Wildcards the automatic messages may use (seed 002); safe to import on the client for the live preview. */
export const BOT_WILDCARDS = [
  { token: "#NOME_EMPRESA#", label: "Nome da empresa", example: "Cobranças Exemplo" },
  { token: "#NOME_DEVEDOR#", label: "Nome do devedor", example: "Maria da Silva" },
  { token: "#NOME_OPERADOR#", label: "Nome do operador", example: "João Atendente" },
] as const;

export type BotWildcard = (typeof BOT_WILDCARDS)[number]["token"];
export type BotWildcardValues = Partial<Record<BotWildcard, string>>;

const WILDCARD = /#[A-Z][A-Z0-9_]*#/g;
const KNOWN = new Set<string>(BOT_WILDCARDS.map((w) => w.token));

/** The #X# tokens of `body` the bot cannot fill, each once, in order of appearance. */
export function unknownWildcards(body: string): string[] {
  return [...new Set(body.match(WILDCARD) ?? [])].filter((token) => !KNOWN.has(token));
}

/** The refusal for a body with unknown wildcards, naming them, or null. */
export function wildcardProblem(body: string): string | null {
  const unknown = unknownWildcards(body);
  if (unknown.length === 0) return null;
  const allowed = BOT_WILDCARDS.map((w) => w.token).join(", ");
  return unknown.length === 1
    ? `O coringa ${unknown[0]} não existe. Use ${allowed}.`
    : `Os coringas ${unknown.join(", ")} não existem. Use ${allowed}.`;
}

/** The example values the preview fills in. */
export const BOT_PREVIEW_VALUES: BotWildcardValues = Object.fromEntries(BOT_WILDCARDS.map((w) => [w.token, w.example]));

/** Fills the known wildcards; a wildcard without a value stays as typed so the gap is visible. */
export function renderBotMessage(body: string, values: BotWildcardValues): string {
  return body.replace(WILDCARD, (token) => values[token as BotWildcard] ?? token);
}
