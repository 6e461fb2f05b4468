import { Refusal, type RefusalParams } from "@/lib/admin/refusal";

/** A refusal of the review domain; its code is its message key under Admin.errors. */
export class ReviewError extends Refusal {
  constructor(
    readonly code: ReviewErrorCode,
    options?: { params?: RefusalParams },
  ) {
    super(code, options);
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
  | "drawAlreadyOpen"
  | "drawCancelled"
  | "drawAlreadyRun"
  | "nothingToDraw"
  | "prizeCountBelowWinners"
  | "reviewerUnavailable"
  | "tooManyToAssign"
  | "nothingToAssign"
  | "notAssigned"
  | "alreadyScored";

export function assertAdmin(actor: { role: string }): void {
  if (actor.role !== "admin") throw new ReviewError("forbidden");
}
