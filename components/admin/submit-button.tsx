"use client";

import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";

const STYLES = {
  primary: "bg-ink text-white hover:bg-ink-soft",
  secondary: "border border-ink bg-white text-ink hover:bg-paper",
  danger: "bg-accent text-white hover:bg-accent/90",
};

/** A submit button that is disabled (and says so) while its form is being sent. */
export function SubmitButton({
  children,
  variant = "primary",
  size = "normal",
  name,
  value,
}: {
  children: ReactNode;
  variant?: keyof typeof STYLES;
  size?: "normal" | "small";
  name?: string;
  value?: string;
}) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      name={name}
      value={value}
      disabled={pending}
      aria-disabled={pending}
      className={`rounded px-3 ${size === "small" ? "py-0.5" : "py-1.5"} text-sm font-semibold disabled:opacity-60 ${STYLES[variant]}`}
    >
      {children}
    </button>
  );
}
