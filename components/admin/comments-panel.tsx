import { useTranslations } from "next-intl";
import { commentAction } from "@/lib/admin/actions/review";
import { ActionForm } from "./action-form";
import { ShortTime } from "./short-time";
import { SubmitButton } from "./submit-button";

type Comment = { id: string; body: string; createdAt: Date; author: { displayName: string } };

export function CommentsPanel({ entryId, comments }: { entryId: string; comments: Comment[] }) {
  const t = useTranslations("Admin.entry.comments");
  return (
    <section aria-labelledby="comments-title" className="rounded border border-line p-3">
      <h2 id="comments-title" className="font-bold">
        {t("title")}
      </h2>
      {comments.length === 0 ? (
        <p className="mt-2 text-sm text-ink-soft">{t("empty")}</p>
      ) : (
        <ol className="mt-2 space-y-2">
          {comments.map((c) => (
            <li key={c.id} className="rounded bg-paper p-2 text-sm">
              <p className="text-xs text-ink-soft">
                {c.author.displayName} · <ShortTime date={c.createdAt} />
              </p>
              <p className="whitespace-pre-wrap">{c.body}</p>
            </li>
          ))}
        </ol>
      )}
      <ActionForm action={commentAction.bind(null, entryId)} className="mt-3 space-y-2" label={t("add")}>
        <label htmlFor="comment-body" className="block text-sm font-semibold">
          {t("label")}
        </label>
        <textarea id="comment-body" name="body" rows={3} maxLength={2000} required className="w-full rounded border border-line p-2 text-sm" />
        <SubmitButton variant="secondary">{t("add")}</SubmitButton>
      </ActionForm>
    </section>
  );
}
