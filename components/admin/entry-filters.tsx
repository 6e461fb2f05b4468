import { useTranslations } from "next-intl";
import Link from "next/link";
import { Locale, Role } from "@/lib/generated/prisma/enums";
import type { EntryFilter } from "@/lib/review/filters";
import { MAX_TAG_LENGTH } from "@/lib/validation/tags";

const field = "mt-0.5 block w-full rounded border border-line bg-white px-2 py-0.5";

/** Filters behind "more" (the search stays in view); counted in the summary so a closed panel still says a filter is on. */
const FOLDED: readonly (keyof EntryFilter)[] = ["window", "role", "language", "photo", "mine", "tag", "minScore", "maxScore", "fewerReviews", "spread"];

/**
 * The list's filters: a GET form, so every filtered view is a URL (bookmark, share, export, saved
 * view). The search is always in view; the other filters fold into a <details>, which needs no
 * JavaScript, so the table starts high on the screen.
 */
export function EntryFilters({ filter, windows, isAdmin }: { filter: EntryFilter; windows: readonly number[]; isAdmin: boolean }) {
  const t = useTranslations("Admin.entries.filters");
  const common = useTranslations("Admin.common");
  const active = FOLDED.filter((key) => filter[key] !== undefined).length + (filter.sort === "newest" ? 0 : 1);
  return (
    <form method="get" action="/admin/entries" role="search" aria-label={t("label")} className="rounded border border-line bg-paper px-3 py-1.5 text-sm">
      {filter.status && <input type="hidden" name="status" value={filter.status} />}
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <label htmlFor="q" className="font-semibold">
          {t("search")}
        </label>
        <input id="q" name="q" type="search" defaultValue={filter.q ?? ""} aria-describedby="q-hint" className="w-72 rounded border border-line bg-white px-2 py-0.5" />
        <button type="submit" className="rounded bg-ink px-3 py-0.5 font-semibold text-white hover:bg-ink-soft">
          {t("apply")}
        </button>
        <Link href="/admin/entries" className="underline">
          {t("reset")}
        </Link>
        <span id="q-hint" className="text-xs text-ink-soft">
          {t("searchHint")}
        </span>
        {/* On the search's line while closed; open, it takes a line of its own. */}
        <details className="open:basis-full">
          <summary className="cursor-pointer font-semibold">
            {t("more")}
            {active > 0 && <span className="ml-2 font-normal text-ink-soft">({t("active", { count: active })})</span>}
          </summary>
          <div className="mt-2 grid gap-3 sm:grid-cols-3 lg:grid-cols-6">
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
            <InputField id="tag" label={t("tag")} value={filter.tag} type="text" maxLength={MAX_TAG_LENGTH} />
            {isAdmin && (
              <>
                <InputField id="minScore" label={t("minScore")} value={filter.minScore} min={1} max={5} step={0.1} />
                <InputField id="maxScore" label={t("maxScore")} value={filter.maxScore} min={1} max={5} step={0.1} />
                <InputField id="fewerReviews" label={t("fewerReviews")} value={filter.fewerReviews} min={1} max={10} step={1} />
                <InputField id="spread" label={t("spread")} hint={t("spreadHint")} value={filter.spread} min={0.5} max={4} step={0.5} />
                <Select id="sort" label={t("sort")} value={filter.sort} any={null}>
                  <option value="newest">{t("sortNewest")}</option>
                  <option value="score">{t("sortScore")}</option>
                  <option value="ranked">{t("sortRanked")}</option>
                </Select>
              </>
            )}
          </div>
        </details>
      </div>
    </form>
  );
}

function InputField({
  id,
  label,
  hint,
  value,
  type = "number",
  ...limits
}: {
  id: string;
  label: string;
  hint?: string;
  value: string | number | undefined;
  type?: "number" | "text";
  min?: number;
  max?: number;
  step?: number;
  maxLength?: number;
}) {
  return (
    <div>
      <label htmlFor={id} className="font-semibold">
        {label}
      </label>
      <input id={id} name={id} type={type} defaultValue={value} aria-describedby={hint ? `${id}-hint` : undefined} className={field} {...limits} />
      {hint && (
        <p id={`${id}-hint`} className="mt-0.5 text-xs text-ink-soft">
          {hint}
        </p>
      )}
    </div>
  );
}

function Select({ id, label, value, any, children }: { id: string; label: string; value: string | number | undefined; any: string | null; children: React.ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="font-semibold">
        {label}
      </label>
      <select id={id} name={id} defaultValue={value ?? ""} className={field}>
        {any !== null && <option value="">{any}</option>}
        {children}
      </select>
    </div>
  );
}
