import type { AppLocale } from "@/i18n/routing";
import { escapeHtml } from "@/lib/http/escape-html";
import { mailIntl } from "./intl";

/**
 * One mail, stated once: its subject and its blocks in order. `renderMail` turns it into the
 * plain-text and the HTML body (docs/decisions/0028-html-mail-and-reminders.md). Every text is
 * plain text (entrants' names and titles included): the HTML body escapes it, so no block can
 * carry markup.
 */
export type MailContent = {
  subject: string;
  blocks: MailBlock[];
  /**
   * A mail of a subscription: `url` is the page (GET shows a button, its POST unsubscribes), linked
   * in the footer; `oneClickUrl` goes into the List-Unsubscribe header, for mail clients' own
   * button (RFC 8058: a POST there unsubscribes at once).
   */
  unsubscribe?: { url: string; oneClickUrl: string };
};

export type MailBlock =
  /** A paragraph; single line breaks are kept. */
  | { kind: "paragraph"; text: string }
  /** Label–value lines, e.g. a receipt. */
  | { kind: "details"; rows: [label: string, value: string][] }
  /** A button to `url` (http or https), with the address written out beneath it. */
  | { kind: "action"; label: string; url: string }
  /** A short code to type by hand. */
  | { kind: "code"; label: string; code: string };

/** What the outbox stores and sends. */
export type RenderedMail = { subject: string; text: string; html: string; listUnsubscribe: string | null };

/**
 * The quickest conversion of an old `{ subject, text }` composer: its body, split into
 * paragraphs at blank lines. Then move URLs into `action` blocks and codes into `code` blocks.
 */
export function paragraphs(text: string): MailBlock[] {
  return text
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== "")
    .map((paragraph) => ({ kind: "paragraph", text: paragraph }));
}

export function renderMail(locale: AppLocale, content: MailContent): RenderedMail {
  const { t } = mailIntl(locale);
  const look: Look = {
    separator: t("MailLayout.separator"),
    footer: [t("MailLayout.signature"), t("MailLayout.noReply")],
    unsubscribe: content.unsubscribe ? { lead: t("MailLayout.unsubscribe"), url: checkedUrl(content.unsubscribe.url) } : null,
  };
  return {
    subject: content.subject,
    text: plainText(content.blocks, look),
    html: html(locale, content, look),
    listUnsubscribe: content.unsubscribe ? checkedUrl(content.unsubscribe.oneClickUrl) : null,
  };
}

/** What every mail shares, in its language. */
type Look = { separator: string; footer: string[]; unsubscribe: { lead: string; url: string } | null };

function plainText(blocks: MailBlock[], { separator, footer, unsubscribe }: Look): string {
  const parts = blocks.map((block) => {
    switch (block.kind) {
      case "paragraph":
        return block.text;
      case "details":
        return block.rows.map(([label, value]) => `${label}${separator}${value}`).join("\n");
      case "action":
        return `${block.label}\n${checkedUrl(block.url)}`;
      case "code":
        return `${block.label}${separator}${block.code}`;
    }
  });
  const closing = unsubscribe ? [...footer, `${unsubscribe.lead}\n${unsubscribe.url}`] : footer;
  return [...parts, "--", closing.join("\n\n")].join("\n\n");
}

// Inline styles only: mail clients drop <style> and external sheets. Colours from app/globals.css.
const STYLE = {
  body: "margin:0;padding:24px 12px;background:#fbfaf7;color:#14213d;font-family:'Hiragino Sans','Noto Sans JP',Meiryo,Arial,sans-serif;font-size:16px;line-height:1.7;",
  card: "max-width:560px;margin:0 auto;background:#ffffff;border:1px solid #d9d4c7;border-radius:12px;padding:24px;",
  brand: "margin:0 0 16px;font-weight:bold;color:#1d5c96;letter-spacing:0.04em;",
  paragraph: "margin:0 0 16px;",
  details: "margin:0 0 16px;padding:12px 16px;background:#e4eef8;border-radius:8px;",
  label: "color:#3d4a66;",
  button: "display:inline-block;padding:12px 24px;background:#14213d;color:#ffffff;border-radius:999px;font-weight:bold;text-decoration:none;",
  link: "margin:8px 0 16px;font-size:13px;color:#3d4a66;word-break:break-all;",
  code: "font-family:Menlo,Consolas,monospace;font-size:22px;font-weight:bold;letter-spacing:0.12em;",
  footer: "margin:24px 0 0;padding-top:16px;border-top:1px solid #d9d4c7;font-size:13px;color:#3d4a66;",
  small: "margin:0 0 8px;",
  anchor: "color:#1d5c96;",
};

function html(locale: AppLocale, content: MailContent, { separator, footer, unsubscribe }: Look): string {
  const blocks = content.blocks.map((block) => {
    switch (block.kind) {
      case "paragraph":
        return `<p style="${STYLE.paragraph}">${escapeLines(block.text)}</p>`;
      case "details":
        return `<p style="${STYLE.details}">${block.rows
          .map(([label, value]) => `<span style="${STYLE.label}">${escapeHtml(label + separator)}</span>${escapeHtml(value)}`)
          .join("<br>")}</p>`;
      case "action": {
        const url = escapeHtml(checkedUrl(block.url));
        return (
          `<p style="${STYLE.paragraph}"><a href="${url}" style="${STYLE.button}">${escapeHtml(block.label)}</a></p>` +
          `<p style="${STYLE.link}">${url}</p>`
        );
      }
      case "code":
        return `<p style="${STYLE.paragraph}">${escapeHtml(block.label + separator)}<span style="${STYLE.code}">${escapeHtml(block.code)}</span></p>`;
    }
  });
  const footerLines = footer.map((line) => `<p style="${STYLE.small}">${escapeLines(line)}</p>`);
  if (unsubscribe) {
    footerLines.push(`<p style="${STYLE.small}"><a href="${escapeHtml(unsubscribe.url)}" style="${STYLE.anchor}">${escapeHtml(unsubscribe.lead)}</a></p>`);
  }
  return [
    "<!DOCTYPE html>",
    `<html lang="${locale}" dir="ltr">`,
    `<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(content.subject)}</title></head>`,
    `<body style="${STYLE.body}"><div style="${STYLE.card}">`,
    `<p style="${STYLE.brand}">Connected Stories</p>`,
    ...blocks,
    `<div style="${STYLE.footer}">${footerLines.join("")}</div>`,
    "</div></body></html>",
  ].join("\n");
}

function escapeLines(text: string): string {
  return text.split("\n").map(escapeHtml).join("<br>");
}

/** Only web addresses become links: a `javascript:` or `data:` URL is a bug, refused loudly. */
function checkedUrl(url: string): string {
  const protocol = new URL(url).protocol;
  if (protocol !== "https:" && protocol !== "http:") throw new Error(`A mail link must be http(s), got ${protocol}`);
  return url;
}
