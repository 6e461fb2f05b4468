/**
 * Versions of the texts an entrant agrees to, recorded with each consent. Change a version whenever
 * its text changes (the wording of eligibility and publication is in messages/*.json, EntryForm).
 * All are drafts awaiting the organiser's legal review.
 */
export const CONSENT_TEXT_VERSIONS = {
  eligibility: "eligibility-2026-11-draft",
  terms: "terms-2026-11-draft",
  privacy: "privacy-2026-11-28-draft",
  publication: "publication-2026-11-draft",
} as const;
