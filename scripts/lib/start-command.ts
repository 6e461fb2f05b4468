import { readFileSync } from "node:fs";

/**
 * The production server's command line exactly as `npm start` runs it (package.json holds its Node
 * flags), on `port`: for the browser tests, the benchmarks and the tests that start a server.
 */
export function startCommand(port: number): [string, ...string[]] {
  const { scripts } = JSON.parse(readFileSync("package.json", "utf8")) as { scripts: { start: string } };
  const [command, ...args] = scripts.start.trim().split(/\s+/) as [string, ...string[]];
  return [command, ...args, "--port", String(port)];
}
