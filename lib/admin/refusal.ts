import type { AdminErrorKey } from "./action-state";

/**
 * A domain's "no" to staff: the console shows `key` (under Admin.errors) and changes nothing.
 * Domain errors extend it; anything else thrown from a console action is a bug and is thrown on.
 */
export class Refusal extends Error {
  constructor(
    readonly key: AdminErrorKey,
    readonly detail?: string,
  ) {
    super(key);
  }
}
