import { describe, expect, it } from "vitest";
import type { Receipt } from "@/lib/entries/store";
import { composeConfirmationEmail } from "@/lib/mail/entry-confirmation";
import { paragraphs, renderMail } from "@/lib/mail/layout";

const HOSTILE_NAME = `<script>alert("name")</script>`;
const HOSTILE_TITLE = `"><img src=x onerror=alert('title')> & <a href="javascript:alert(1)">run</a>`;

const receipt: Receipt = {
  reference: "TM27-1-7KQ4XH",
  windowNumber: 1,
  submittedAt: new Date("2027-01-09T14:30:00Z"),
  email: "attacker@example.com",
  penName: "<b>pen</b>",
  title: HOSTILE_TITLE,
  role: "runner",
  language: "ja",
  storyCharacters: 500,
  km: null,
  hasPhoto: false,
};

describe("a mail stated once gets a plain-text and an HTML body", () => {
  it("escapes whatever an entrant typed: the HTML holds no markup of theirs, the text keeps it verbatim", () => {
    const mail = composeConfirmationEmail("en", HOSTILE_NAME, receipt, { url: "https://example.org/en/entry/confirm?token=abc&x=1", code: "7KQ4XH2M", pageUrl: "https://example.org/en/my-entry?token=def" });
    expect(mail.html).not.toContain("<script");
    expect(mail.html).not.toContain("<img");
    expect(mail.html).not.toContain("<b>");
    expect(mail.html).not.toContain('href="javascript');
    expect(mail.html).toContain("&lt;script&gt;alert(&quot;name&quot;)&lt;/script&gt;");
    expect(mail.html).toContain("&quot;&gt;&lt;img src=x onerror=alert(&#39;title&#39;)&gt; &amp; &lt;a href=&quot;javascript:alert(1)&quot;&gt;run&lt;/a&gt;");
    // The only links are ours, with & escaped in the attribute.
    expect([...mail.html.matchAll(/href="([^"]*)"/g)].map((match) => match[1])).toEqual([
      "https://example.org/en/entry/confirm?token=abc&amp;x=1",
      "https://example.org/en/my-entry?token=def",
    ]);
    expect(mail.text).toContain(`Dear ${HOSTILE_NAME},`);
    expect(mail.text).toContain(`Title: ${HOSTILE_TITLE}`);
  });

  it("is a whole document in the recipient's language, with inline styles only", () => {
    for (const locale of ["ja", "en"] as const) {
      const mail = composeConfirmationEmail(locale, "山田 花子", receipt, { url: "https://example.org/x", code: "7KQ4XH2M", pageUrl: "https://example.org/en/my-entry?token=def" });
      expect(mail.html).toMatch(new RegExp(`^<!DOCTYPE html>\\n<html lang="${locale}" dir="ltr">`));
      expect(mail.html).not.toMatch(/<style|<link|<script|class=/);
      expect(mail.listUnsubscribe).toBeNull();
    }
    const ja = composeConfirmationEmail("ja", "山田 花子", receipt, { url: "https://example.org/x", code: "7KQ4XH2M", pageUrl: "https://example.org/en/my-entry?token=def" });
    expect(ja.text).toContain("確認コード：7KQ4-XH2M");
    expect(ja.html).toContain("東京マラソン2027 ストーリー募集キャンペーン事務局");
  });

  it("puts the unsubscribe link in both bodies and refuses links that are not web addresses", () => {
    const unsubscribe = { url: "https://example.org/ja/reminders/unsubscribe?token=t", oneClickUrl: "https://example.org/api/reminders/unsubscribe?token=t" };
    const mail = renderMail("ja", { subject: "件名", blocks: paragraphs("一段落目\n\n二段落目\n改行"), unsubscribe });
    expect(mail.text).toContain("一段落目\n\n二段落目\n改行");
    expect(mail.html).toContain("<p style=\"margin:0 0 16px;\">二段落目<br>改行</p>");
    expect(mail.text).toContain(unsubscribe.url);
    expect(mail.html).toContain(`href="${unsubscribe.url}"`);
    expect(mail.listUnsubscribe).toBe(unsubscribe.oneClickUrl);
    expect(() => renderMail("en", { subject: "x", blocks: [{ kind: "action", label: "Go", url: "javascript:alert(1)" }] })).toThrow(/http/);
  });
});
