import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OneTimeSecretForm } from "@/components/admin/one-time-secret";
import { ShortTime } from "@/components/admin/short-time";
import { SubmitButton } from "@/components/admin/submit-button";
import { createStaffAction, updateStaffAction } from "@/lib/admin/actions/staff";
import { requireStaff } from "@/lib/auth/guard";
import { DEFAULT_THROTTLE } from "@/lib/auth/throttle";
import { getStaffList } from "@/lib/auth/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Admin.nav"))("staff") };
}

const cell = "border-b border-line px-2 py-1.5 text-left align-top";
const input = "mt-1 block w-full rounded border border-line px-2 py-1";

export default async function StaffPage() {
  const me = await requireStaff("admin");
  const t = await getTranslations("Admin.staff");
  const common = await getTranslations("Admin.common");
  const staff = await getStaffList();
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <table className="mt-4 w-full border-collapse text-sm">
        <caption className="sr-only">{t("title")}</caption>
        <thead>
          <tr className="bg-paper">
            <th scope="col" className={cell}>{t("displayName")}</th>
            <th scope="col" className={cell}>{t("email")}</th>
            <th scope="col" className={cell}>{t("role")}</th>
            <th scope="col" className={cell}>{t("state")}</th>
            <th scope="col" className={cell}>{t("created")}</th>
            <th scope="col" className={cell}><span className="sr-only">{t("actions")}</span></th>
          </tr>
        </thead>
        <tbody>
          {staff.map((user) => (
            <tr key={user.id}>
              <td className={cell}>{user.displayName}</td>
              <td className={cell}>{user.email}</td>
              <td className={cell}>{common(`roles.${user.role}`)}</td>
              <td className={cell}>
                {user.disabledAt ? t("disabled") : user.failedAttempts >= DEFAULT_THROTTLE.lockAfter ? t("underAttack", { count: user.failedAttempts }) : t("active")}
              </td>
              <td className={cell}><ShortTime date={user.createdAt} /></td>
              <td className={cell}>
                {user.id !== me.id && (
                  <OneTimeSecretForm action={updateStaffAction.bind(null, user.id)} className="flex flex-wrap gap-2" label={t("manage", { name: user.displayName, email: user.email })}>
                    <SubmitButton variant="secondary" name="do" value={user.disabledAt ? "enable" : "disable"}>
                      {user.disabledAt ? t("enable") : t("disable")}
                    </SubmitButton>
                    <SubmitButton variant="secondary" name="role" value={user.role === "admin" ? "reviewer" : "admin"}>
                      {t("makeRole", { role: common(`roles.${user.role === "admin" ? "reviewer" : "admin"}`) })}
                    </SubmitButton>
                    <SubmitButton variant="secondary" name="do" value="reset">{t("resetPassword")}</SubmitButton>
                  </OneTimeSecretForm>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <section aria-labelledby="new-staff" className="mt-8 max-w-xl rounded border border-line p-3">
        <h2 id="new-staff" className="text-lg font-bold">{t("create")}</h2>
        <OneTimeSecretForm action={createStaffAction} className="mt-2 space-y-3" label={t("create")}>
          <div>
            <label htmlFor="staff-email" className="block text-sm font-semibold">{t("email")}</label>
            <input id="staff-email" name="email" type="email" required className={input} />
          </div>
          <div>
            <label htmlFor="staff-name" className="block text-sm font-semibold">{t("displayName")}</label>
            <input id="staff-name" name="displayName" required maxLength={80} className={input} />
          </div>
          <div className="flex gap-4">
            <div>
              <label htmlFor="staff-role" className="block text-sm font-semibold">{t("role")}</label>
              <select id="staff-role" name="role" className={input}>
                <option value="reviewer">{common("roles.reviewer")}</option>
                <option value="admin">{common("roles.admin")}</option>
              </select>
            </div>
            <div>
              <label htmlFor="staff-locale" className="block text-sm font-semibold">{t("locale")}</label>
              <select id="staff-locale" name="locale" className={input}>
                <option value="ja">{common("languages.ja")}</option>
                <option value="en">{common("languages.en")}</option>
              </select>
            </div>
          </div>
          <SubmitButton>{t("submit")}</SubmitButton>
        </OneTimeSecretForm>
      </section>
    </>
  );
}
