import type { ReactNode } from "react";

const BUTTON = "inline-block cursor-pointer rounded-full bg-ink px-5 py-2 font-semibold text-white hover:bg-ink-soft";
const SECONDARY = "inline-block rounded-full border-2 border-ink px-5 py-2 font-semibold hover:bg-ink hover:text-white";

type Props = { title: string; body: string; retryLabel: string; homeLabel: string; homeHref: string; onRetry?: () => void };

/**
 * Why a page cannot be shown, a way to try again and a way back. Rendered by the server (its retry
 * is a form that reloads the page, so it works without JavaScript) and by the error boundaries in
 * the browser (`onRetry`).
 */
export function FailureMessage({ title, body, retryLabel, homeLabel, homeHref, onRetry }: Props) {
  const retry: ReactNode = onRetry ? (
    <button type="button" onClick={onRetry} className={BUTTON}>
      {retryLabel}
    </button>
  ) : (
    <form method="get">
      <button type="submit" className={BUTTON}>
        {retryLabel}
      </button>
    </form>
  );
  return (
    <div className="mx-auto max-w-2xl px-4 py-20 text-center">
      <h1 className="text-2xl font-bold">{title}</h1>
      <p className="mt-3 text-ink-soft">{body}</p>
      <ul className="mt-8 flex flex-wrap justify-center gap-4">
        <li>{retry}</li>
        <li>
          <a href={homeHref} className={SECONDARY}>
            {homeLabel}
          </a>
        </li>
      </ul>
    </div>
  );
}
