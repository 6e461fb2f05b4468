import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { DrawPanel } from "@/components/admin/draw-panel";
import { PrizeTable } from "@/components/admin/prize-table";
import { StatusBadge } from "@/components/admin/status-badge";
import { JstTime } from "@/components/ui/jst-time";
import { requireStaff } from "@/lib/auth/guard";
import { getSchedule } from "@/lib/campaign/queries";
import { getDraws, getPrizeBoard, getWinnersBoard } from "@/lib/winners/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Admin.nav"))("winners") };
}

const cell = "border-b border-line px-2 py-1.5 text-left align-top";

export default async function WinnersPage() {
  await requireStaff("admin");
  const t = await getTranslations("Admin.winners");
  const [board, prizes, draws, schedule, locale] = await Promise.all([getWinnersBoard(), getPrizeBoard(), getDraws(), getSchedule(), getLocale()]);
  const left = board.prizeCount - board.winners;
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2" data-testid="prizes">
        {t("prizes", { winners: board.winners, prizeCount: board.prizeCount })}{" "}
        <Link href="/admin/settings" className="text-sm underline">
          {t("changePrizes")}
        </Link>
      </p>
      <p className="mt-1 text-sm">
        {t.rich("announcement", { time: () => <JstTime date={board.announcementAt} /> })}{" "}
        <a href={`/${locale}/winners`} className="underline">
          {t("publicPage")}
        </a>
      </p>
      <p className="mt-1 text-sm" data-testid="acceptance-deadline">
        {board.acceptanceDeadline ? t.rich("deadline", { time: () => <JstTime date={board.acceptanceDeadline!} /> }) : t("noDeadline")}
      </p>

      <section aria-labelledby="winners-title" className="mt-6">
        <h2 id="winners-title" className="text-lg font-bold">
          {t("current")}
        </h2>
        <PrizeTable prizes={prizes} />
      </section>

      <section aria-labelledby="candidates-title" className="mt-8">
        <h2 id="candidates-title" className="text-lg font-bold">
          {t("candidates")}
        </h2>
        {board.candidates.length === 0 ? (
          <p className="mt-2 text-sm">{t("noCandidates")}</p>
        ) : (
          <table className="mt-2 w-full border-collapse text-sm">
            <caption className="sr-only">{t("candidates")}</caption>
            <thead>
              <tr className="bg-paper">
                <th scope="col" className={cell}>{t("entry")}</th>
                <th scope="col" className={cell}>{t("status")}</th>
                <th scope="col" className={cell}>{t("window")}</th>
                <th scope="col" className={cell}>{t("score")}</th>
                <th scope="col" className={cell}><span className="sr-only">{t("actions")}</span></th>
              </tr>
            </thead>
            <tbody>
              {board.candidates.map((c) => (
                <tr key={c.id}>
                  <td className={cell}>
                    <Link href={`/admin/entries/${c.id}`} className="font-semibold underline">
                      {c.title}（{c.penName}）
                    </Link>
                  </td>
                  <td className={cell}><StatusBadge status={c.status} /></td>
                  <td className={cell}>{c.windowNumber}</td>
                  <td className={`${cell} tabular-nums`}>{c.scoreCount ? c.scoreAverage.toFixed(2) : "—"}</td>
                  <td className={cell}>
                    {left > 0 && (
                      <Link href={`/admin/winners/mark/${c.id}`} className="inline-block rounded bg-ink px-3 py-1.5 text-sm font-semibold text-white hover:bg-ink-soft">
                        {t("mark")}
                      </Link>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <div className="mt-8">
        <DrawPanel draws={draws} windows={schedule.windows.map((w) => w.number)} />
      </div>
    </>
  );
}
