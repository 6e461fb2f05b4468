/**
 * lib/ modules that reach the database, files, mail or secrets import "server-only" so that Next.js
 * refuses to bundle them for the browser. Outside Next.js (the custom server, the CLIs, the outbox
 * worker, the benchmarks, the Playwright helpers) there is no browser bundle to protect: resolve
 * that one import with the "react-server" condition, which maps it to an empty module. Loaded with
 * `node --import`, before any module is linked.
 */
import { registerHooks } from "node:module";

registerHooks({
  resolve(specifier, context, nextResolve) {
    if (specifier !== "server-only") return nextResolve(specifier, context);
    return nextResolve(specifier, { ...context, conditions: [...context.conditions, "react-server"] });
  },
});
