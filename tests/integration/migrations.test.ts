import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { expect, inject, it } from "vitest";

const exec = promisify(execFile);

// `migrate diff --exit-code` exits 2 when the committed migrations and schema.prisma differ.
it("committed migrations produce exactly schema.prisma", async () => {
  const { stdout } = await exec(
    "npx",
    ["--no-install", "prisma", "migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema-datamodel", "prisma/schema.prisma", "--exit-code"],
    { env: { ...process.env, DATABASE_URL: inject("databaseUrl") } },
  );
  expect(stdout).toContain("No difference detected");
});
