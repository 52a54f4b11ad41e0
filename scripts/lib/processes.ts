import { spawn, type ChildProcess } from "node:child_process";

export type Managed = { name: string; child: ChildProcess; exited: Promise<number | null> };

export function startProcess(name: string, command: string, args: string[], env: NodeJS.ProcessEnv): Managed {
  const child = spawn(command, args, { env, stdio: "inherit" });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { name, child, exited };
}

/** SIGTERM each child, SIGKILL after a grace period, and wait for all of them. */
export async function stopProcesses(processes: Managed[], graceMs = 8000) {
  await Promise.all(processes.map(async ({ child, exited }) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
    await exited;
    clearTimeout(timer);
  }));
}

/** Calls `fn` on SIGINT/SIGTERM/SIGHUP; `fn` itself guards against running twice. */
export function onShutdownSignal(fn: (signal: string) => Promise<void>) {
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => void fn(signal));
}
