/**
 * Remembers how each specifier resolved from each parent, and answers it again without running the
 * resolve hooks behind (tsx's, then "server-only"'s): the files of a running process do not move.
 * Next.js resolves modules on every request (it `import()`s its cache handler three times and
 * `require()`s a few modules lazily), and each pass through tsx's hook cost about as much as the
 * import itself (docs/decisions/0029-lighter-cached-pages.md). A specifier that fails to resolve
 * is not remembered. Registered after tsx, so it runs first.
 */
import { registerHooks } from "node:module";

const resolved = new Map();

registerHooks({
  resolve(specifier, context, nextResolve) {
    const key = `${specifier}\0${context.parentURL ?? ""}\0${context.conditions.join(",")}\0${JSON.stringify(context.importAttributes ?? {})}`;
    const known = resolved.get(key);
    if (known) return known;
    const result = nextResolve(specifier, context);
    resolved.set(key, { ...result, shortCircuit: true });
    return result;
  },
});
