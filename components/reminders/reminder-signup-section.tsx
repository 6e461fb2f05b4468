import { useTranslations } from "next-intl";
import type { ComponentProps } from "react";
import { ReminderSignupForm } from "./reminder-forms";

/** "Remind me when entries open", on the landing page while no window is open. */
export function ReminderSignupSection({ action }: { action: ComponentProps<typeof ReminderSignupForm>["action"] }) {
  const t = useTranslations("Reminders");
  const refusals = useTranslations("EntryForm.refusals");
  const words = {
    email: t("email"),
    submit: t("submit"),
    sent: t("sent"),
    invalid: t("invalid"),
    rateLimited: refusals("rateLimited"),
    unavailable: t("unavailable"),
  };
  return (
    <section aria-labelledby="reminder-title" className="border-b border-line bg-course-soft">
      <div className="mx-auto max-w-5xl space-y-3 px-4 py-8">
        <h2 id="reminder-title" className="text-xl font-bold">{t("title")}</h2>
        <p className="max-w-3xl">{t("lead")}</p>
        <ReminderSignupForm action={action} words={words} />
      </div>
    </section>
  );
}
