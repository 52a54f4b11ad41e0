/**
 * What the integer `return` of a SmartCTIWSCommand operation means. The seed only says 0 is success; the rest is our
 * reading of the vendor's codes, kept in one table so the simulated PBX answers the same numbers the messages explain.
 */
export const CTI_RETURN_CODES: Record<number, string> = {
  0: "Comando executado com sucesso",
  1: "Ramal inválido",
  2: "Agente inválido",
  3: "Senha inválida",
  4: "Ramal já em uso",
  5: "Agente já logado",
  6: "Ramal fora de serviço",
  7: "Agente não está logado",
  8: "Número de destino inválido",
  99: "Erro interno do Smart CTI",
};

export const CTI_RETURN_OK = 0;

export function ctiReturnMessage(code: number): string {
  return CTI_RETURN_CODES[code] ?? `Código de retorno ${code} do Smart CTI`;
}
