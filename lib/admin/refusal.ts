import type { AdminErrorKey } from "./action-state";

export type RefusalParams = Record<string, string | number>;

/**
 * A domain's "no" to staff: the console shows `key` (under Admin.errors, with `params` for its
 * placeholders) and changes nothing. Domain errors extend it; anything else thrown from a console
 * action is a bug and is thrown on.
 */
export class Refusal extends Error {
  readonly detail?: string;
  readonly params?: RefusalParams;

  constructor(
    readonly key: AdminErrorKey,
    { detail, params }: { detail?: string; params?: RefusalParams } = {},
  ) {
    super(key);
    this.detail = detail;
    this.params = params;
  }
}
