import { useTranslations } from "next-intl";
import Link from "next/link";
import { Locale, Role } from "@/lib/generated/prisma/enums";
import type { EntryFilter } from "@/lib/review/filters";

const field = "mt-1 block w-full rounded border border-line bg-white px-2 py-1";

/** The list's filters: a GET form, so every filtered view is a URL (bookmark, share, export). */
export function EntryFilters({ filter, windows, canUseScores }: { filter: EntryFilter; windows: readonly number[]; canUseScores: boolean }) {
  const t = useTranslations("Admin.entries.filters");
  const common = useTranslations("Admin.common");
  return (
    <form method="get" action="/admin/entries" role="search" aria-label={t("label")} className="grid gap-3 rounded border border-line bg-paper p-3 sm:grid-cols-3 lg:grid-cols-6">
      {filter.status && <input type="hidden" name="status" value={filter.status} />}
      <div className="sm:col-span-3 lg:col-span-2">
        <label htmlFor="q" className="text-sm font-semibold">
          {t("search")}
        </label>
        <input id="q" name="q" type="search" defaultValue={filter.q ?? ""} aria-describedby="q-hint" className={field} />
        <p id="q-hint" className="mt-1 text-xs text-ink-soft">
          {t("searchHint")}
        </p>
      </div>
      <Select id="window" label={t("window")} value={filter.window} any={t("any")}>
        {windows.map((n) => (
          <option key={n} value={n}>
            {common("window", { number: n })}
          </option>
        ))}
      </Select>
      <Select id="role" label={t("role")} value={filter.role} any={t("any")}>
        {Object.values(Role).map((role) => (
          <option key={role} value={role}>
            {common(`entrantRoles.${role}`)}
          </option>
        ))}
      </Select>
      <Select id="language" label={t("language")} value={filter.language} any={t("any")}>
        {Object.values(Locale).map((locale) => (
          <option key={locale} value={locale}>
            {common(`languages.${locale}`)}
          </option>
        ))}
      </Select>
      <Select id="photo" label={t("photo")} value={filter.photo} any={t("any")}>
        <option value="yes">{t("withPhoto")}</option>
        <option value="no">{t("withoutPhoto")}</option>
      </Select>
      <Select id="mine" label={t("mine")} value={filter.mine} any={t("any")}>
        <option value="unscored">{t("mineUnscored")}</option>
        <option value="scored">{t("mineScored")}</option>
      </Select>
      {canUseScores && (
        <>
          <div>
            <label htmlFor="minScore" className="text-sm font-semibold">
              {t("minScore")}
            </label>
            <input id="minScore" name="minScore" type="number" min={1} max={5} step={0.1} defaultValue={filter.minScore} className={field} />
          </div>
          <div>
            <label htmlFor="maxScore" className="text-sm font-semibold">
              {t("maxScore")}
            </label>
            <input id="maxScore" name="maxScore" type="number" min={1} max={5} step={0.1} defaultValue={filter.maxScore} className={field} />
          </div>
          <Select id="sort" label={t("sort")} value={filter.sort} any={null}>
            <option value="newest">{t("sortNewest")}</option>
            <option value="score">{t("sortScore")}</option>
          </Select>
        </>
      )}
      <div className="flex items-end gap-3">
        <button type="submit" className="rounded bg-ink px-3 py-1.5 text-sm font-semibold text-white hover:bg-ink-soft">
          {t("apply")}
        </button>
        <Link href="/admin/entries" className="text-sm underline">
          {t("reset")}
        </Link>
      </div>
    </form>
  );
}

function Select({ id, label, value, any, children }: { id: string; label: string; value: string | number | undefined; any: string | null; children: React.ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="text-sm font-semibold">
        {label}
      </label>
      <select id={id} name={id} defaultValue={value ?? ""} className={field}>
        {any !== null && <option value="">{any}</option>}
        {children}
      </select>
    </div>
  );
}
