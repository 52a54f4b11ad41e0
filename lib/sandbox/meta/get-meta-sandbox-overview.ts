import { META_SANDBOX_BASE_PATH, metaSandboxState } from "@/lib/providers/meta/sandbox-state";
import { metaSimulatorSnapshot } from "@/lib/providers/meta/simulator-control";
import { META_GRAPH_VERSION } from "@/lib/providers/meta/base-url";
import type { DbOrTx } from "@/db/client";
import { ensureSandbox } from "../ensure-sandbox";
import { restoreMetaSandboxApps } from "./restore-meta-apps";
import type { MetaSandboxReviewRulesInput, MetaSandboxStatusOptionsInput } from "./schemas";

/** What the sandbox page shows: apps (secrets masked), templates (newest first), forms' values, customer messages and deliveries. */
export async function getMetaSandboxOverview(options: { db?: DbOrTx } = {}) {
  ensureSandbox();
  if (options.db) await restoreMetaSandboxApps(options.db);
  const state = metaSandboxState();
  const snapshot = metaSimulatorSnapshot(state);
  const { autoReviewMs, rejectWords } = state.reviewRules;
  const reviewRules: MetaSandboxReviewRulesInput = {
    manualOnly: autoReviewMs === null, delaySeconds: (autoReviewMs ?? 10_000) / 1000, rejectWords: rejectWords.join("\n"),
  };
  const statusOptions: MetaSandboxStatusOptionsInput = { autoRead: state.statusOptions.autoRead, shufflePercent: Math.round(state.statusOptions.shuffle * 1000) / 10 };
  return {
    basePath: `${META_SANDBOX_BASE_PATH}/${META_GRAPH_VERSION}`,
    apps: snapshot.apps,
    templates: [...state.templates.values()].toSorted((a, b) => b.createdAt.getTime() - a.createdAt.getTime()).slice(0, 100),
    reviewRules,
    statusOptions,
    inbound: state.inbound.slice(0, 20),
    deliveries: state.deliveries.slice(0, 50),
    messages: state.messages.length,
  };
}

export type MetaSandboxOverview = Awaited<ReturnType<typeof getMetaSandboxOverview>>;
