import { EntryStatus } from "@/lib/generated/prisma/enums";

export const ENTRY_STATUSES = Object.values(EntryStatus);

/**
 * The review workflow: received → in review → shortlisted → featured / winner / declined.
 * Featuring and marking a winner have their own actions (they need more than a status), so the
 * plain status buttons only offer the moves listed in MANUAL_TRANSITIONS.
 */
const TRANSITIONS: Record<EntryStatus, readonly EntryStatus[]> = {
  received: ["in_review", "declined"],
  in_review: ["shortlisted", "declined", "received"],
  shortlisted: ["featured", "winner", "in_review", "declined"],
  // Unpublishing a featured story returns it to the shortlist; a featured story can still win.
  featured: ["shortlisted", "winner"],
  // Revoking a win returns the entry to the shortlist, or to featured while its story is public.
  winner: ["shortlisted", "featured"],
  declined: ["in_review"],
};

export function canTransition(from: EntryStatus, to: EntryStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** The targets a status button may set directly. */
const MANUAL_TARGETS: readonly EntryStatus[] = ["received", "in_review", "shortlisted", "declined"];

export function manualTransitions(from: EntryStatus): EntryStatus[] {
  // Leaving featured/winner goes through unpublishing or revoking, which also change the site.
  if (from === "featured" || from === "winner") return [];
  return TRANSITIONS[from].filter((to) => MANUAL_TARGETS.includes(to));
}

/** Statuses from which an entry may be marked as a winner: those with a move to "winner". */
export const WINNABLE: readonly EntryStatus[] = ENTRY_STATUSES.filter((from) => canTransition(from, "winner"));

/**
 * Statuses whose story may be published (or its published text changed): those with a move to
 * "featured", and "featured" itself. A winner stays a winner when its story is published.
 */
export const FEATURABLE: readonly EntryStatus[] = ENTRY_STATUSES.filter((from) => from === "featured" || canTransition(from, "featured"));
