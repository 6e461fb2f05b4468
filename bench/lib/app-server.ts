import { spawn } from "node:child_process";
import { createWriteStream, existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { startCommand } from "../../scripts/lib/start-command";

export type AppServer = { url: string; log: string; pid: number; stop: () => Promise<void> };

/** Signals every process in the group; false once none is left. */
function signalGroup(pid: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false;
  }
}

export function assertBuilt(): void {
  if (!existsSync(".next/BUILD_ID")) {
    throw new Error("No production build (.next/BUILD_ID is missing): run `npm run build` first.");
  }
}

/**
 * The production server exactly as `npm start` runs it (`scripts/serve.ts start`: the embedded
 * PostgreSQL or DATABASE_URL, its Node flags and the server settings it applies), on `port`, with
 * `env` added to this process's environment. Its output goes to `log`, shown if it fails to come up.
 */
export async function startAppServer(port: number, log: string, env: Record<string, string> = {}): Promise<AppServer> {
  // In a process group of its own, stopped as a group: the server and the embedded PostgreSQL
  // both get SIGTERM, as under Playwright.
  const [command, ...args] = startCommand(port);
  const child = spawn(command, args, {
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
  });
  const out = createWriteStream(log);
  child.stdout.pipe(out);
  child.stderr.pipe(out);
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (!signalGroup(child.pid!, "SIGTERM")) return;
    const deadline = Date.now() + 30_000;
    while (signalGroup(child.pid!, 0)) {
      if (Date.now() > deadline) signalGroup(child.pid!, "SIGKILL");
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };

  const deadline = Date.now() + 180_000;
  while (true) {
    if (child.exitCode !== null) {
      throw new Error(`The server exited before it was healthy:\n${await readFile(log, "utf8")}`);
    }
    const healthy = await fetch(`${url}/api/health`).then((r) => r.ok, () => false);
    if (healthy) return { url, log, pid: child.pid!, stop };
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`The server was not healthy after 180 s; see ${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
