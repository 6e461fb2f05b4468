import type { ReactNode } from "react";

/**
 * The site's recurring mark: a stretch of the course line with a runner and a flag, in the hero's
 * palette. Decorative: it is hidden from assistive technology. Used as the section divider, over
 * empty states and on the 404 page.
 */
export function CourseLine({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 240 40" aria-hidden="true" focusable="false" className={className}>
      <path d="M4 30 C50 14 80 38 130 26 S200 12 236 24" fill="none" stroke="var(--color-accent-bright)" strokeWidth="5" strokeLinecap="round" />
      <path d="M4 30 C50 14 80 38 130 26" fill="none" stroke="var(--color-ink)" strokeWidth="1.5" strokeDasharray="3 5" />
      <g transform="translate(150 24)" stroke="var(--color-ink)" strokeWidth="2.5" strokeLinecap="round" fill="none">
        <circle cx="0" cy="-17" r="3.5" fill="var(--color-ink)" stroke="none" />
        <path d="M0 -13 L-2 -4 M-2 -4 L-7 3 M-2 -4 L4 0 L3 5 M0 -11 L-6 -7 M0 -11 L5 -9 L8 -12" />
      </g>
      <path d="M210 20 L210 4" stroke="var(--color-ink)" strokeWidth="1.5" />
      <path d="M210 4 L222 7 L210 11 Z" fill="var(--color-sun)" />
    </svg>
  );
}

/** A message where a list would be, under the course line. */
export function EmptyState({ children }: { children: ReactNode }) {
  return (
    <div className="mt-8 rounded-lg bg-white p-6 text-center ring-1 ring-line">
      <CourseLine className="mx-auto h-10 w-48" />
      <p className="mt-3">{children}</p>
    </div>
  );
}
