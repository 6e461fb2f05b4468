/**
 * What every command of the project loads first (`node --import ./scripts/register.mjs …`, see
 * package.json): TypeScript through tsx, "server-only" resolved outside Next.js, and each
 * specifier resolved once per parent (the last registered hook runs first).
 */
import "./lib/server-only-outside-next.mjs";
import "tsx";
import "./lib/resolve-once.mjs";
