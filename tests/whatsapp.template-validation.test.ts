import { describe, expect, it } from "vitest";
import { createTemplateSchema, normalizeTemplateName, placeholderProblem, templateMappingSchema } from "../lib/whatsapp/templates/schemas";

const valid = { name: "cobranca_mensalidade", category: "UTILITY", body: "Olá {{1}}, aqui é da escola {{2}}. Podemos falar agora?", examples: ["Maria", "Aprender"] };
const errorsOf = (input: unknown) => {
  const result = createTemplateSchema.safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
};

describe("template names are normalised to lowercase_underscore", () => {
  it.each([
    ["Cobrança Março 2025!", "cobranca_marco_2025"],
    ["  boas-vindas  cliente ", "boas_vindas_cliente"],
    ["JÁ_PAGOU__", "ja_pagou"],
    ["aviso___vencimento", "aviso_vencimento"],
    ["ação-1", "acao_1"],
  ])("%j → %s", (raw, normalized) => {
    expect(normalizeTemplateName(raw)).toBe(normalized);
  });

  it.each([["!!!"], [""], ["   "]])("%j leaves no name and is refused", (raw) => {
    expect(errorsOf({ ...valid, name: raw }).name).toBe("Informe o nome do modelo (letras, números e _).");
  });

  it("refuses a name longer than Meta's 512 characters", () => {
    expect(errorsOf({ ...valid, name: "a".repeat(513) }).name).toBe("Nome com no máximo 512 caracteres.");
  });
});

describe("placeholders must run {{1}}, {{2}}… with no gap", () => {
  it.each([
    ["Olá {{1}}, tudo bem?", null],
    ["Olá {{1}} da {{2}}, e {{1}} de novo.", null],
    ["Sem coringas.", null],
    ["Olá {{0}}, tudo bem?", "Os coringas começam em {{1}}: {{0}} não é permitido."],
    ["Olá {{1}} e {{3}}, tudo bem?", "Falta o coringa {{2}}: numere em sequência, sem lacunas."],
    ["Olá {{2}}, tudo bem?", "Falta o coringa {{1}}: numere em sequência, sem lacunas."],
    ["{{1}}, tudo bem?", "A mensagem não pode começar com um coringa."],
    ["Tudo bem, {{1}}?", "A mensagem não pode terminar com um coringa."],
    ["Olá {{nome}}, tudo bem?", "Coringa mal formado: {{nome}}. Use {{1}}, {{2}}…"],
    ["Olá {1}}, tudo bem?", "Coringa mal formado: {1}}. Use {{1}}, {{2}}…"],
  ])("%j", (body, problem) => {
    expect(placeholderProblem(body)).toBe(problem);
  });
});

describe("the whole form", () => {
  it("accepts a valid template and returns the normalised name", () => {
    const result = createTemplateSchema.parse({ ...valid, name: "Cobrança Mensalidade" });
    expect(result.name).toBe("cobranca_mensalidade");
  });

  it.each([
    [{ category: "AUTHENTICATION" }, "category", "Escolha a categoria: Marketing ou Utilidade."],
    [{ category: "" }, "category", "Escolha a categoria: Marketing ou Utilidade."],
    [{ body: "" }, "body", "Escreva a mensagem."],
    [{ body: `Olá ${"x".repeat(1030)} fim.` }, "body", "A mensagem pode ter no máximo 1024 caracteres."],
    [{ examples: ["Maria"] }, "examples.1", "Informe um exemplo para {{2}}."],
    [{ examples: ["", "Aprender"] }, "examples.0", "Informe um exemplo para {{1}}."],
    [{ examples: ["Maria", "y".repeat(201)] }, "examples.1", "Exemplo com no máximo 200 caracteres."],
  ])("%j is refused on %s", (change, field, message) => {
    expect(errorsOf({ ...valid, ...change })[field]).toBe(message);
  });

  it("names every missing example at once", () => {
    expect(Object.keys(errorsOf({ ...valid, body: "Oi {{1}} {{2}} e {{3}}, ok?", examples: [] }))).toEqual(["examples.0", "examples.1", "examples.2"]);
  });
});

describe("mapping", () => {
  it("names each variable left without a field or with an unknown one", () => {
    const result = templateMappingSchema.safeParse({ id: 1, mapping: ["debtor.name", "", "debtor.salary"] });
    expect(result.success ? [] : result.error.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["mapping.1", "Escolha o campo de {{2}}."],
      ["mapping.2", "Campo desconhecido para {{3}}: debtor.salary."],
    ]);
  });
});
