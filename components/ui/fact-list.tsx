import type { ReactNode } from "react";

/** Label–value rows, side by side from small screens up (a receipt, an entry as submitted). */
export function FactList({ rows, className = "" }: { rows: readonly (readonly [string, ReactNode])[]; className?: string }) {
  return (
    <dl className={`grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr] ${className}`}>
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-medium text-ink-soft">{label}</dt>
          <dd className="break-words">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
