/**
 * The entry form's state between submissions (useActionState), also what a POST sent without
 * JavaScript renders. When the form was posted before the page's JavaScript loaded, Next.js hands
 * this state to React's hydration as JSON (`formState` of hydrateRoot): it must survive
 * JSON.stringify unchanged, so it holds no Date; instants travel as ISO strings.
 */
import type { CampaignState } from "@/lib/campaign/state";
import type { EntryValues, FieldErrors } from "@/lib/validation/entry-fields";
import type { Receipt } from "./store";

/** T as it reads back from JSON. */
export type AsJson<T> = T extends Date ? string : T extends object ? { [K in keyof T]: AsJson<T[K]> } : T;

export function asJson<T>(value: T): AsJson<T> {
  return JSON.parse(JSON.stringify(value)) as AsJson<T>;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** The campaign state back with its dates (it holds no entrant's text, so every ISO string is an instant). */
export function campaignStateFromJson(json: AsJson<CampaignState>): CampaignState {
  return JSON.parse(JSON.stringify(json), (_key, value: unknown) =>
    typeof value === "string" && ISO_INSTANT.test(value) ? new Date(value) : value,
  ) as CampaignState;
}

export type RefusalReason =
  | "formNotRecognised"
  | "formExpired"
  | "honeypot"
  | "tooFast"
  | "rateLimited"
  | "windowClosed"
  | "unavailable";

/** A submission that stored nothing: the form is shown again, filled in. */
export type UnsuccessfulState = {
  /** "invalid": field errors; "refused": the fields were fine but `reason` stopped the entry. */
  status: "invalid" | "refused";
  reason?: RefusalReason;
  errors: FieldErrors;
  values: EntryValues;
  /** The token the form must carry next: the same submission key, so a retry stays the same entry. */
  token: string;
  /** A photo was chosen: browsers cannot keep it, so it must be chosen again. */
  photoDropped: boolean;
  /** With windowClosed: where the campaign stands now. */
  campaign?: AsJson<CampaignState>;
};

export type StoredState = { status: "stored"; receipt: AsJson<Receipt>; alreadyStored: boolean };

export type EntryFormState = { status: "idle" } | UnsuccessfulState | StoredState;
