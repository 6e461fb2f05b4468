import { useTranslations } from "next-intl";
import Link from "next/link";
import { signOutAction } from "@/lib/admin/actions/session";
import type { Staff } from "@/lib/auth/sessions";
import { LanguageSwitch } from "./language-switch";

// Reviewers' work starts at their queue, so it comes first for them; admins assign instead.
const LINKS = [
  { href: "/admin/queue", key: "queue", role: "reviewer" },
  { href: "/admin", key: "dashboard" },
  { href: "/admin/entries", key: "entries" },
  { href: "/admin/progress", key: "progress", role: "admin" },
  { href: "/admin/featured", key: "featured", role: "admin" },
  { href: "/admin/erasure-requests", key: "erasureRequests", role: "admin" },
  { href: "/admin/winners", key: "winners", role: "admin" },
  { href: "/admin/settings", key: "settings", role: "admin" },
  { href: "/admin/interviews", key: "interviews", role: "admin" },
  { href: "/admin/staff", key: "staff", role: "admin" },
  { href: "/admin/audit", key: "audit", role: "admin" },
] as const satisfies readonly { href: string; key: string; role?: Staff["role"] }[];

export function ConsoleHeader({ staff }: { staff: Staff }) {
  const t = useTranslations("Admin.nav");
  const common = useTranslations("Admin.common");
  return (
    <header className="border-b border-line bg-ink text-white">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:rounded focus:bg-white focus:px-3 focus:py-1 focus:text-ink">
        {t("skip")}
      </a>
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-2">
        <p className="font-bold">{t("console")}</p>
        <nav aria-label={t("label")} className="flex-1">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {LINKS.filter((link) => !("role" in link) || link.role === staff.role).map((link) => (
              <li key={link.href}>
                <Link href={link.href} className="underline-offset-4 hover:underline">
                  {t(link.key)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <p className="text-sm text-white/90">
          {t("signedInAs", { name: staff.displayName, role: common(`roles.${staff.role}`) })}
        </p>
        <div className="rounded bg-white px-1 text-ink">
          <LanguageSwitch />
        </div>
        <form action={signOutAction}>
          <button type="submit" className="rounded border border-white px-2 py-0.5 text-sm hover:bg-white hover:text-ink">
            {t("signOut")}
          </button>
        </form>
      </div>
    </header>
  );
}
