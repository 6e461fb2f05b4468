import { useTranslations } from "next-intl";
import type { AppLocale } from "@/i18n/routing";
import { personName, type Person } from "@/lib/interviews/archive";

/** The people of a story, each with a role tag. */
export function ParticipantNames({ people, locale, className = "" }: { people: Person[]; locale: AppLocale; className?: string }) {
  const t = useTranslations("Roles");
  return (
    <ul className={`people-list ${className}`}>
      {people.map((person) => (
        <li key={person.key}>
          <span className="font-semibold">{personName(person, locale)}</span>
          <span className="role-tag">{t(person.role)}</span>
        </li>
      ))}
    </ul>
  );
}
