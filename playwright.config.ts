import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import {
  databaseAddress,
  DATABASE_RELAY_CONTROL,
  DATABASE_RELAY_PORT,
  E2E_PORT as PORT,
  SECOND_PORT,
  throughRelay,
  UNAVAILABLE_PORT,
  UNAVAILABLE_URL,
  UNREACHABLE_DATABASE_URL,
} from "./tests/e2e/support/servers";
import { startCommand } from "./scripts/lib/start-command";

const databaseUrl = process.env.E2E_DATABASE_URL;
if (!databaseUrl) throw new Error("E2E_DATABASE_URL is not set: run the browser tests through `npm test`");

// Debian's chromium on CI and on these machines; Playwright's own browser elsewhere.
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

const instanceEnv = (port: number) => ({
  DATABASE_URL: throughRelay(databaseUrl),
  SITE_URL: `http://localhost:${port}`,
  FORM_SECRET: "e2e-form-secret",
  // Browsers under test type faster than people and all come from 127.0.0.1.
  ENTRY_MIN_FILL_SECONDS: "0",
  ENTRY_RATE_LIMIT_PER_HOUR: "10000",
  // Set to prove it no longer matters: a production build never shows the development mailbox.
  DEV_MAILBOX: "1",
  // Both instances look for an opened window every second, so the reminder test sees them race.
  REMINDER_CHECK_SECONDS: "1",
});

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
  // entry windows, announcement time, prizes), one at a time, and last the two-instance tests
  // (they cut the database).
  projects: [
    { name: "chromium", testIgnore: [/entry-.*\.spec\.ts$/, /\.serial\.spec\.ts$/, /instances\.spec\.ts$/], use: chromium },
    { name: "entry", testMatch: /entry-(form|confirmation)\.spec\.ts$/, dependencies: ["chromium"], use: chromium },
    { name: "entry-windows", testMatch: /entry-windows\.spec\.ts$/, dependencies: ["entry"], fullyParallel: false, use: chromium },
    { name: "chromium-serial", testMatch: /\.serial\.spec\.ts$/, dependencies: ["entry-windows"], fullyParallel: false, use: chromium },
    { name: "instances", testMatch: /instances\.spec\.ts$/, dependencies: ["chromium-serial"], fullyParallel: false, use: chromium },
  ],
  webServer: [
    {
      command: `node tests/e2e/support/database-relay.ts ${DATABASE_RELAY_PORT} ${databaseAddress(databaseUrl)} ${new URL(DATABASE_RELAY_CONTROL).port}`,
      url: DATABASE_RELAY_CONTROL,
      reuseExistingServer: false,
      timeout: 10_000,
      gracefulShutdown: { signal: "SIGTERM", timeout: 2_000 },
    },
    {
      command: startCommand(PORT).join(" "),
      url: `http://localhost:${PORT}/api/health`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: "pipe",
      gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
      env: instanceEnv(PORT),
    },
    {
      command: startCommand(SECOND_PORT).join(" "),
      url: `http://localhost:${SECOND_PORT}/api/health`,
      reuseExistingServer: false,
      timeout: 120_000,
      gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
      env: instanceEnv(SECOND_PORT),
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
