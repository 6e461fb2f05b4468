/**
 * What every command of the project loads first (`node --import ./scripts/register.mjs …`, see
 * package.json): TypeScript through tsx, and "server-only" resolved outside Next.js.
 */
import "./lib/server-only-outside-next.mjs";
import "tsx";
