import { useLocale, useTranslations } from "next-intl";
import { notFound, unstable_rethrow } from "next/navigation";
import { Suspense, type ReactNode } from "react";
import { localizeHref } from "@/i18n/paths";
import { routing } from "@/i18n/routing";
import { DATABASE_UNAVAILABLE_DIGEST, isDatabaseUnavailable } from "@/lib/db/unavailable";
import { BilingualNotFound } from "./bilingual-not-found";
import { FailureMessage } from "./failure-message";
import { NotFoundMessage } from "./not-found-message";
import { NotFoundOnServer } from "./not-found-on-server";

// When notFound() or an error escapes a page, Next.js sends an empty `__next_error__` document
// that only JavaScript fills in, so these pages render their explanation themselves
// (docs/decisions/0015-server-rendered-error-pages.md).

function Raise({ raise }: { raise: () => never }): ReactNode {
  return raise();
}

/**
 * Puts `shown` into the server's HTML and raises behind it, inside a Suspense boundary: Next.js
 * still answers with the raised status (404 for notFound(), 500 and uncached for an error), and in
 * the browser the segment's not-found.tsx or error.tsx takes over.
 */
function ShownThenRaised({ shown, raise }: { shown: ReactNode; raise: () => never }) {
  return (
    <Suspense fallback={shown}>
      <Raise raise={raise} />
    </Suspense>
  );
}

/** Returned by a page instead of calling notFound(): the localized 404, also without JavaScript. */
export function PageNotFound() {
  return <ShownThenRaised shown={<NotFoundMessage />} raise={notFound} />;
}

/** Returned by the locale layout for a first segment that is no locale (e.g. `/favicon.txt`). */
export function UnknownLocaleNotFound() {
  const shown = <BilingualNotFound />;
  return (
    <html lang={routing.defaultLocale}>
      <body className="font-sans">
        <Suspense fallback={shown}>
          <NotFoundOnServer>{shown}</NotFoundOnServer>
        </Suspense>
      </body>
    </html>
  );
}

export type FailureKind = "unavailable" | "failed";

/**
 * Wraps a page or layout so that a failure while it loads (the database down, or a bug) is
 * answered with `explain(kind)` in the HTML itself. Next.js's own signals (redirect, notFound,
 * dynamic rendering) pass through untouched; the error is raised behind the explanation, so it is
 * logged and sets the status as before.
 */
export function explainFailures<Props>(Component: (props: Props) => Promise<ReactNode>, explain: (kind: FailureKind) => ReactNode) {
  return async function ComponentOrFailure(props: Props): Promise<ReactNode> {
    try {
      return await Component(props);
    } catch (error) {
      unstable_rethrow(error);
      const databaseDown = isDatabaseUnavailable(error);
      // A fixed digest tells the browser's error boundary which explanation to show.
      const raised = databaseDown ? Object.assign(new Error("Database unavailable", { cause: error }), { digest: DATABASE_UNAVAILABLE_DIGEST }) : error;
      return (
        <ShownThenRaised
          shown={explain(databaseDown ? "unavailable" : "failed")}
          raise={() => {
            throw raised;
          }}
        />
      );
    }
  };
}

function ServerFailureMessage({ kind, entry }: { kind: FailureKind; entry: boolean }) {
  const t = useTranslations("ErrorPage");
  const locale = useLocale();
  return (
    <FailureMessage
      title={t(`${kind}.title`)}
      body={kind === "unavailable" && entry ? t("unavailable.entry") : t(`${kind}.body`)}
      retryLabel={t("retry")}
      homeLabel={t("home")}
      homeHref={localizeHref("/", locale)}
    />
  );
}

/** A public page whose failures are explained in the visitor's language (`entry`: the entry form's wording). */
export function withFailurePages<Props>(Page: (props: Props) => Promise<ReactNode>, { entry = false } = {}) {
  return explainFailures(Page, (kind) => <ServerFailureMessage kind={kind} entry={entry} />);
}
