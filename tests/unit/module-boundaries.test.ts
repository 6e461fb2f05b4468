/**
 * Where modules get things from, read from the files so that a new file breaking a rule fails
 * here: nothing imports from a route folder, and every public page takes its locale from
 * lib/site/page-locale.ts, which answers 404 for a path that is not a locale before any query.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

const sources = ["app", "lib", "components"].flatMap(walk).filter((file) => /\.tsx?$/.test(file) && !file.includes(`${path.sep}generated${path.sep}`));
const publicRoutes = walk(path.join("app", "[locale]")).filter((file) => /(page|opengraph-image)\.tsx$/.test(file));

describe("imports", () => {
  it("never reach into a route folder: routes use lib/ and components/, not each other", () => {
    const upward = sources.filter((file) => /from "@\/app\//.test(readFileSync(file, "utf8")));
    expect(upward).toEqual([]);
  });
});

describe("the locale of a public page", () => {
  it("is read only through lib/site/page-locale.ts", () => {
    const readers = sources.filter((file) => readFileSync(file, "utf8").includes('from "next/root-params"'));
    expect(readers.map((file) => file.split(path.sep).join("/"))).toEqual(["lib/site/page-locale.ts"]);
  });

  it("is never cast", () => {
    expect(sources.filter((file) => readFileSync(file, "utf8").includes("as AppLocale"))).toEqual([]);
  });

  it("comes from the helper in every page that uses one", () => {
    const unchecked = publicRoutes.filter((file) => {
      const code = readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm, "");
      return /\blocale\b/.test(code) && !code.includes('from "@/lib/site/page-locale"');
    });
    expect(unchecked).toEqual([]);
  });
});
