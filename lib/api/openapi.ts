import { z } from "zod";
import {
  apiErrorSchema, importResultSchema, MAX_ROWS_PER_REQUEST, orderRowSchema, ordersRequestSchema, peopleRequestSchema,
  personRowSchema, receivableRowSchema, receivablesRequestSchema, rowErrorSchema,
} from "./schemas";

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

const endpoints = [
  { path: "/api/v1/people", key: "erpCode", id: "People", rowId: "PersonRow", row: personRowSchema, request: peopleRequestSchema,
    summary: "Pessoas (cadastro corporativo), por código ERP",
    description: "Cria ou atualiza pessoas pelo código ERP. Uma pessoa cadastrada na tela com o mesmo CPF/CNPJ e sem código ERP recebe o código." },
  { path: "/api/v1/receivables", key: "documentNumber", id: "Receivables", rowId: "ReceivableRow", row: receivableRowSchema, request: receivablesRequestSchema,
    summary: "Títulos da empresa da chave, por número do documento",
    description: "Cria ou atualiza títulos da empresa da chave. A pessoa precisa existir (código ERP)." },
  { path: "/api/v1/orders", key: "number", id: "Orders", rowId: "OrderRow", row: orderRowSchema, request: ordersRequestSchema,
    summary: "Pedidos da empresa da chave, por número",
    description: "Cria ou atualiza pedidos da empresa da chave. Um estágio novo entra no histórico e dispara a notificação configurada (uma vez por pedido e estágio)." },
] as const;

/** OpenAPI 3.1 of the ingestion API, its schemas generated from the same zod schemas that validate the rows. */
export function buildOpenApiDocument() {
  const registry = z.registry<{ id: string }>();
  registry.add(apiErrorSchema, { id: "Error" });
  for (const e of endpoints) {
    registry.add(e.row, { id: e.rowId });
    registry.add(e.request, { id: `${e.id}Request` });
    registry.add(importResultSchema.extend({
      errors: z.array(rowErrorSchema.extend({ [e.key]: z.string().nullable().meta({ description: "Chave da linha, como enviada." }) })),
    }), { id: `${e.id}Result` });
  }
  const generated = z.toJSONSchema(registry, { io: "input", uri: (id) => `#/components/schemas/${id}` }).schemas;
  // Components are plain schemas in OpenAPI 3.1: the generator's per-document $schema/$id would only confuse viewers.
  const schemas = Object.fromEntries(Object.entries(generated).map(([id, { $schema: _s, $id: _i, ...schema }]) => [id, schema]));
  const errorResponse = (description: string) => ({ description, content: { "application/json": { schema: ref("Error") } } });
  return {
    openapi: "3.1.0",
    info: {
      title: "Recado — API de integração do ERP",
      version: "1.0.0",
      description: [
        `Upsert em lote (até ${MAX_ROWS_PER_REQUEST} linhas por requisição) de pessoas, títulos e pedidos.`,
        "Cada linha é validada e gravada sozinha: as válidas são gravadas, as inválidas voltam em errors (index, chave, campo, mensagem).",
        "Idempotente: reenviar os mesmos dados não grava nada (unchanged). Campos opcionais omitidos mantêm o valor gravado; null os limpa.",
        "Chaves criadas em INTFM040 (Chaves da API de integração), uma por empresa.",
      ].join(" "),
    },
    components: {
      securitySchemes: { bearerAuth: { type: "http", scheme: "bearer", description: "Chave rk_... criada em INTFM040." } },
      schemas,
    },
    security: [{ bearerAuth: [] }],
    paths: Object.fromEntries(endpoints.map((e) => [e.path, {
      post: {
        operationId: `upsert${e.id}`,
        summary: e.summary,
        description: e.description,
        requestBody: { required: true, content: { "application/json": { schema: ref(`${e.id}Request`) } } },
        responses: {
          200: { description: "Processado: contagens e erros por linha.", content: { "application/json": { schema: ref(`${e.id}Result`) } } },
          400: errorResponse(`JSON inválido, formato inesperado ou mais de ${MAX_ROWS_PER_REQUEST} linhas.`),
          401: errorResponse("Chave ausente, inválida ou revogada."),
        },
      },
    }])),
  };
}
