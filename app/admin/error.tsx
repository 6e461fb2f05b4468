"use client";

import { ConsoleFailureMessage } from "@/components/admin/console-failure-message";
import { DATABASE_UNAVAILABLE_DIGEST } from "@/lib/db/unavailable";

/** A failure inside the console, in the console's language (the root layout provides its messages). */
export default function AdminError({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = error instanceof Error && "digest" in error ? error.digest : undefined;
  return <ConsoleFailureMessage kind={digest === DATABASE_UNAVAILABLE_DIGEST ? "unavailable" : "failed"} onRetry={retry} />;
}
