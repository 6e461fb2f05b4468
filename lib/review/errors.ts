/**
 * A refusal of the review domain, with a message key under Admin.errors. Actions turn it into a
 * message for staff; anything else is a bug and is thrown on.
 */
export class ReviewError extends Error {
  constructor(readonly code: ReviewErrorCode) {
    super(code);
  }
}

export type ReviewErrorCode =
  | "notFound"
  | "forbidden"
  | "erased"
  | "transitionNotAllowed"
  | "noPublicationConsent"
  | "missingSourceText"
  | "prizesExhausted"
  | "notWinner"
  | "alreadyErased"
  | "eraseConfirm"
  | "notPublished"
  | "drawListChanged"
  | "drawAlreadyRun"
  | "nothingToDraw"
  | "prizeCountBelowWinners";

export function assertAdmin(actor: { role: string }): void {
  if (actor.role !== "admin") throw new ReviewError("forbidden");
}
