import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Every lib/ module that reaches the database, the file system, mail or a secret imports
 * "server-only", so Next.js refuses to bundle it for the browser. Outside Next.js (CLIs, the
 * custom server, benchmarks, Playwright helpers) scripts/lib/server-only-outside-next.mjs resolves
 * that import to an empty module, and Vitest aliases it.
 */
const SENSITIVE_PACKAGES = ["pg", "nodemailer", "sharp", "@node-rs/argon2", "node:fs", "node:fs/promises", "node:child_process"];
const DATABASE_MODULES = ["@/lib/db/client", "@/lib/generated/prisma/client", "@/lib/db/queryable"];
const SECRETS = /process\.env\.(FORM_SECRET|SMTP_URL|DATABASE_URL)\b|process\.env\[/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(file);
    return /\.tsx?$/.test(entry.name) ? [file] : [];
  });
}

function specifiers(source: string): { from: string; typeOnly: boolean }[] {
  return [...source.matchAll(/^\s*(?:import|export)\s+(type\s+)?[^;"]*?\bfrom\s+"([^"]+)"/gm)].map((match) => ({
    from: match[2]!,
    typeOnly: Boolean(match[1]),
  }));
}

function reachesSomethingPrivate(file: string, source: string): boolean {
  const imports = specifiers(source).map(({ from, typeOnly }) => ({
    from: from.startsWith(".") ? `@/${path.join(path.dirname(file), from)}` : from,
    typeOnly,
  }));
  return (
    imports.some(({ from, typeOnly }) => !typeOnly && SENSITIVE_PACKAGES.includes(from)) ||
    imports.some(({ from }) => DATABASE_MODULES.includes(from)) ||
    SECRETS.test(source)
  );
}

describe("server-only", () => {
  const files = sourceFiles("lib").map((file) => ({ file, source: readFileSync(file, "utf8") }));

  it("guards every lib module that reaches the database, files, mail or secrets", () => {
    const unguarded = files
      .filter(({ file, source }) => reachesSomethingPrivate(file, source) && !source.includes('import "server-only";'))
      .map(({ file }) => file);
    expect(unguarded).toEqual([]);
  });

  it("resolves to an empty module for every command that runs TypeScript outside Next.js", () => {
    const { scripts } = JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> };
    const typeScriptCommands = Object.entries(scripts).filter(([, command]) => /\.ts\b/.test(command));
    expect(typeScriptCommands.length).toBeGreaterThan(5);
    expect(typeScriptCommands.filter(([, command]) => !command.includes("--import ./scripts/register.mjs"))).toEqual([]);
  });

  it("is never imported by a module the browser loads", () => {
    const clientFiles = [...sourceFiles("components"), ...sourceFiles("lib")].filter(
      (file) => readFileSync(file, "utf8").startsWith('"use client"'),
    );
    expect(clientFiles.filter((file) => readFileSync(file, "utf8").includes('import "server-only"'))).toEqual([]);
  });
});
