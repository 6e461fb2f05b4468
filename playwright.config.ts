import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { E2E_PORT as PORT, UNAVAILABLE_PORT, UNAVAILABLE_URL, UNREACHABLE_DATABASE_URL } from "./tests/e2e/support/servers";
import { startCommand } from "./scripts/lib/start-command";

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
  // Tests that change site-wide state run after every other test, which sees the seeded schedule:
  // first the entry tests with an open window (in parallel), then the entry-window tests one at a
  // time (they restore the seeded schedule), then the console's settings tests (*.serial.spec.ts:
  // entry windows, announcement time, prizes), one at a time.
  projects: [
    { name: "chromium", testIgnore: [/entry-.*\.spec\.ts$/, /\.serial\.spec\.ts$/], use: chromium },
    { name: "entry", testMatch: /entry-(form|confirmation)\.spec\.ts$/, dependencies: ["chromium"], use: chromium },
    { name: "entry-windows", testMatch: /entry-windows\.spec\.ts$/, dependencies: ["entry"], fullyParallel: false, use: chromium },
    { name: "chromium-serial", testMatch: /\.serial\.spec\.ts$/, dependencies: ["entry-windows"], fullyParallel: false, use: chromium },
  ],
  webServer: [
    {
      command: startCommand(PORT).join(" "),
      url: `http://localhost:${PORT}/api/health`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: "pipe",
      gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
      env: {
        DATABASE_URL: databaseUrl,
        SITE_URL: `http://localhost:${PORT}`,
        FORM_SECRET: "e2e-form-secret",
        // Browsers under test type faster than people and all come from 127.0.0.1.
        ENTRY_MIN_FILL_SECONDS: "0",
        ENTRY_RATE_LIMIT_PER_HOUR: "10000",
        // Set to prove it no longer matters: a production build never shows the development mailbox.
        DEV_MAILBOX: "1",
      },
    },
    {
      // Started without scripts/serve.ts, which would first migrate the database.
      command: `node node_modules/next/dist/bin/next start --port ${UNAVAILABLE_PORT}`,
      url: `${UNAVAILABLE_URL}/robots.txt`,
      reuseExistingServer: false,
      timeout: 60_000,
      gracefulShutdown: { signal: "SIGTERM", timeout: 5_000 },
      env: {
        DATABASE_URL: UNREACHABLE_DATABASE_URL,
        SITE_URL: UNAVAILABLE_URL,
        FORM_SECRET: "e2e-form-secret",
      },
    },
  ],
});
