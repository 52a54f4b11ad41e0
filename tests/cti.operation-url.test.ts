import { describe, expect, it } from "vitest";
import { operationNameFromCode } from "../lib/cti/manager-schemas";
import { operationUrl } from "../lib/cti/operation-url";

const full = { personId: 42, personErpCode: "ERP-7", contactId: 9, contactErpCode: "C 1", detailCode: "" };

describe("operationUrl", () => {
  it.each([
    ["a creation screen gets the selected account and contact",
      "/crm/occurrences/new", full,
      "/crm/occurrences/new?num_id_pessoa=42&cod_pessoa_erp=ERP-7&num_id_contato=9&cod_pessoa_erp_contato=C+1"],
    ["no selection ⇒ no parameters",
      "/crm/leads/new", {}, "/crm/leads/new"],
    ["the typed code replaces :detail_code and also travels as detail_code",
      "/crm/accounts/:detail_code", { personId: 42, detailCode: "1234" },
      "/crm/accounts/1234?num_id_pessoa=42&detail_code=1234"],
    ["no code ⇒ the search screen filtered by account and contact",
      "/crm/opportunities/:detail_code", { personId: 42, contactId: 9, detailCode: "  " },
      "/crm/opportunities?num_id_pessoa=42&num_id_contato=9"],
    ["a code with reserved characters is escaped in the path",
      "/crm/occurrences/:detail_code", { detailCode: "A/B 1" },
      "/crm/occurrences/A%2FB%201?detail_code=A%2FB+1"],
    ["an external URL keeps its own query string and fragment",
      "https://erp.example.com/pedido?tela=3#topo", { personErpCode: "ERP-7" },
      "https://erp.example.com/pedido?tela=3&cod_pessoa_erp=ERP-7#topo"],
    ["an external URL with :detail_code in the query",
      "https://erp.example.com/ver?id=:detail_code", { detailCode: "77" },
      "https://erp.example.com/ver?id=77&detail_code=77"],
    ["an external URL with no code leaves the placeholder's parameter empty",
      "https://erp.example.com/ver?id=:detail_code", {},
      "https://erp.example.com/ver?id="],
  ])("%s", (_label, url, target, expected) => {
    expect(operationUrl({ url }, target)).toBe(expected);
  });
});

describe("operationNameFromCode", () => {
  it.each([
    ["abrir_pedido", "Abrir pedido"],
    ["consulta", "Consulta"],
    ["ver__saldo_2", "Ver saldo 2"],
  ])("%s ⇒ %s", (code, name) => expect(operationNameFromCode(code)).toBe(name));
});
