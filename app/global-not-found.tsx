import "./globals.css";
import type { Metadata } from "next";
import { BilingualNotFound } from "@/components/site/bilingual-not-found";
import { routing } from "@/i18n/routing";

export const metadata: Metadata = { title: "404" };

/** Paths outside every locale (rare: the proxy prefixes most) get a 404 in both languages. */
export default function GlobalNotFound() {
  return (
    <html lang={routing.defaultLocale}>
      <body className="font-sans">
        <BilingualNotFound />
      </body>
    </html>
  );
}
