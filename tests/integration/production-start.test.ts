import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startCommand } from "../../scripts/lib/start-command";
import { keptFormSecret, unsafeProductionSettings } from "../../scripts/lib/production-config";

/** `npm start` with exactly `env` (and PATH), until it exits; it never reaches a database here. */
function start(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const [command, ...args] = startCommand(1);
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { NODE_ENV: "production", PATH: process.env.PATH!, ...env } });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    const killer = setTimeout(() => child.kill("SIGKILL"), 20_000);
    child.on("exit", (code) => {
      clearTimeout(killer);
      resolve({ code, output });
    });
  });
}

// A port nothing listens on: the server must refuse before it tries to connect.
const UNREACHABLE_DATABASE = "postgresql://postgres:postgres@127.0.0.1:9/nowhere";

describe("production start refuses unsafe settings", () => {
  it("stops with DATABASE_URL but no FORM_SECRET, saying what to set", async () => {
    const { code, output } = await start({ DATABASE_URL: UNREACHABLE_DATABASE, SITE_URL: "https://stories.example.org" });
    expect(code).toBe(1);
    expect(output).toContain("Refusing to start: FORM_SECRET is not set");
    expect(output).not.toContain("Database:");
  });

  it("stops with an http SITE_URL that is not localhost", async () => {
    const { code, output } = await start({
      DATABASE_URL: UNREACHABLE_DATABASE,
      FORM_SECRET: "a-long-random-secret",
      SITE_URL: "http://stories.example.org",
    });
    expect(code).toBe(1);
    expect(output).toContain('Refusing to start: SITE_URL "http://stories.example.org" is not https');
  });

  it("allows localhost over http, https anywhere, and the embedded database without a secret", () => {
    expect(unsafeProductionSettings({ SITE_URL: "http://localhost:3000" })).toEqual([]);
    expect(unsafeProductionSettings({ SITE_URL: "http://127.0.0.1:3100", FORM_SECRET: "s", DATABASE_URL: "postgresql://x" })).toEqual([]);
    expect(unsafeProductionSettings({ SITE_URL: "https://stories.example.org", FORM_SECRET: "s", DATABASE_URL: "postgresql://x" })).toEqual([]);
    expect(unsafeProductionSettings({})).toEqual([]);
    expect(unsafeProductionSettings({ SITE_URL: "ftp://stories.example.org" })).toHaveLength(1);
    expect(unsafeProductionSettings({ SITE_URL: "stories.example.org" })).toHaveLength(1);
    expect(unsafeProductionSettings({ SITE_URL: "http://localhost.example.org" })).toHaveLength(1);
  });
});

describe("the embedded database's form secret", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "form-secret-"));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("is generated once, kept readable only by its owner, and the same on the next start", async () => {
    const file = path.join(dir, ".data", "form-secret");
    const first = await keptFormSecret(file);
    expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(await keptFormSecret(file)).toBe(first);
    expect((await readFile(file, "utf8")).trim()).toBe(first);
  });
});
