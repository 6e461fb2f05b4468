import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const databaseUrl = process.env.E2E_DATABASE_URL;
if (!databaseUrl) throw new Error("E2E_DATABASE_URL is not set: run the browser tests through `npm test`");

// Debian's chromium on CI and on these machines; Playwright's own browser elsewhere.
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

const chromium = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    executablePath,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  },
};

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [["list"]],
  timeout: 30_000,
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: "retain-on-failure",
  },
  projects: [
    // Tests that change site-wide state (entry windows, announcement time, prizes) run after all
    // the others (as their "teardown", so even when some failed), one at a time, so no parallel
    // test sees the site change under it.
    { name: "chromium", use: chromium, testIgnore: /\.serial\.spec\.ts$/, teardown: "chromium-serial" },
    { name: "chromium-serial", use: chromium, testMatch: /\.serial\.spec\.ts$/, fullyParallel: false },
  ],
  webServer: {
    command: `npx tsx scripts/serve.ts start --port ${PORT}`,
    url: `http://localhost:${PORT}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    env: { DATABASE_URL: databaseUrl, SITE_URL: `http://localhost:${PORT}` },
  },
});
