"use client";

import { notFound } from "next/navigation";
import type { ReactNode } from "react";

/**
 * Raises notFound() while the server renders (for the 404 status) and shows `children` in the
 * browser: for a 404 drawn by a root layout, where no not-found boundary could take over.
 */
export function NotFoundOnServer({ children }: { children: ReactNode }) {
  if (typeof window === "undefined") notFound();
  return children;
}
