import { fieldListProblem } from "../fields";
import { findMessageType } from "../message-types";

/** fieldListProblem for a stored message: its type gives the group of fields it may use. */
export const messageFieldProblem = (message: { type: string; fields: readonly string[]; variableCount: number }) =>
  fieldListProblem(message.fields, message.variableCount, findMessageType(message.type)?.group ?? "due");
