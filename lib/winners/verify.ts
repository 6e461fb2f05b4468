import "server-only";
import { drawOrder, eligibleListHash, seedHash } from "./draw";
import type { PublicDraw } from "./public-draws";

export type DrawCheck = { name: "listHash" | "seedHash" | "order"; passed: boolean };

/**
 * Recomputes a draw from what the winners page publishes: the list's hash, then (once revealed)
 * the seed's hash and the whole draw order. An unrevealed draw can only have its list checked.
 */
export function checkPublishedDraw(draw: Pick<PublicDraw, "eligible" | "listHash" | "seedHash" | "revealed">): DrawCheck[] {
  const checks: DrawCheck[] = [{ name: "listHash", passed: eligibleListHash(draw.eligible) === draw.listHash }];
  if (!draw.revealed) return checks;
  const { seed, publicValue, order } = draw.revealed;
  const recomputed = drawOrder(draw.eligible, seed, publicValue);
  checks.push(
    { name: "seedHash", passed: seedHash(seed) === draw.seedHash },
    { name: "order", passed: recomputed.length === order.length && recomputed.every((reference, i) => order[i]!.reference === reference) },
  );
  return checks;
}
