import type { z } from "zod";
import type messages from "@/messages/en.json";

/** "a" | "b.c" for { a: "…", b: { c: "…" } }: every message under a namespace, as a dotted key. */
type MessageKeys<T, Prefix extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : MessageKeys<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** A refusal the console can show: a key under Admin.errors (checked against messages/*.json). */
export type AdminErrorKey = MessageKeys<(typeof messages)["Admin"]["errors"]>;
/** A success the console can show: a key under Admin.done. */
export type AdminDoneKey = MessageKeys<(typeof messages)["Admin"]["done"]>;

/**
 * What a console form's server action answers. Errors and successes are message keys, so the
 * client shows them in the console's language.
 */
export type ActionState =
  | { status: "idle" }
  | { status: "ok"; message: AdminDoneKey; detail?: string; params?: Record<string, string | number> }
  | {
      status: "error";
      error: AdminErrorKey;
      /** Values for the message's placeholders ("Window {number} …"). */
      params?: Record<string, string | number>;
      detail?: string;
      /** Per field: our own message key ("json", "unknownSpeaker") or zod's issue code ("too_small"). */
      fields?: Record<string, string>;
      /** What was submitted: React resets a form after its action, so the form shows these again. */
      values?: Record<string, string>;
    };

export const IDLE: ActionState = { status: "idle" };

/**
 * Field errors of a failed zod parse, as message keys: our own messages are keys ("json",
 * "unknownSpeaker"); zod's own become their issue code ("too_small"). An issue deep inside a
 * field ("participants.0.key") is also reported on each enclosing field ("participants").
 */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = /^[A-Za-z]+$/.test(issue.message) ? issue.message : issue.code;
    const path = issue.path.map(String);
    for (let length = 1; length <= path.length; length++) fields[path.slice(0, length).join(".")] ??= key;
  }
  return fields;
}

export function submittedValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData) if (typeof value === "string" && !key.startsWith("$ACTION")) values[key] = value;
  return values;
}
