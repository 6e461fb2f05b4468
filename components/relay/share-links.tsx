import { useTranslations } from "next-intl";
import { shareLinks } from "@/lib/site/share";

const SERVICES = ["x", "facebook", "line"] as const;

export function ShareLinks({ url, text }: { url: string; text: string }) {
  const t = useTranslations("Interview");
  const links = shareLinks(url, text);
  return (
    <nav aria-labelledby="share-title">
      <h2 id="share-title" className="text-lg font-bold">
        {t("share")}
      </h2>
      <ul className="mt-2 flex flex-wrap gap-2">
        {SERVICES.map((service) => (
          <li key={service}>
            <a
              href={links[service]}
              target="_blank"
              rel="noopener noreferrer"
              data-service={service}
              className="inline-block rounded-full border-2 border-ink px-4 py-1.5 text-sm font-semibold hover:bg-ink hover:text-white"
            >
              {t(`shareOn.${service}`)}
              <span className="sr-only">{t("newTab")}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
