import { describe, expect, it } from "vitest";
import type { Receipt } from "@/lib/entries/store";
import { composeConfirmationEmail } from "@/lib/mail/entry-confirmation";

const receipt: Receipt = {
  reference: "TM27-2-7KQ4XH",
  windowNumber: 2,
  // 23:30 on 9 March in Japan.
  submittedAt: new Date("2027-03-09T14:30:00Z"),
  email: "sam@example.com",
  penName: "Sam from Leeds",
  title: "The stranger at 30 km",
  role: "runner",
  language: "en",
  storyCharacters: 812,
  km: 30,
  hasPhoto: false,
};

describe("confirmation email", () => {
  it("is written in the language of the page, with the time in Japan", () => {
    const email = composeConfirmationEmail("en", "Sam Taylor", receipt, {
      url: "https://example.org/en/entry/confirm?token=abc",
      code: "7KQ4XH2M",
      pageUrl: "https://example.org/en/my-entry?token=def",
    });
    expect(email.subject).toBe("[Connected Stories] Please confirm your email address (reference TM27-2-7KQ4XH)");
    expect(email.text).toMatch(/^Dear Sam Taylor,/);
    expect(email.text).toContain("Received: Tue, March 9, 2027 at 23:30 JST");
    expect(email.text).toContain("Entry window: No. 2");
    expect(email.text).toContain("Pen name: Sam from Leeds");
    expect(email.text).toContain("https://example.org/en/entry/confirm?token=abc");
    expect(email.text).toContain("Code: 7KQ4-XH2M");
    expect(email.text).toContain("https://example.org/en/my-entry?token=def");
  });

  it("in Japanese", () => {
    const email = composeConfirmationEmail("ja", "山田 花子", receipt, {
      url: "https://example.org/ja/entry/confirm?token=abc",
      code: "7KQ4XH2M",
      pageUrl: "https://example.org/ja/my-entry?token=def",
    });
    expect(email.subject).toBe("【Connected Stories】メールアドレスの確認をお願いします（受付番号 TM27-2-7KQ4XH）");
    expect(email.text).toContain("受付日時：2027年3月9日(火) 23:30（日本時間）");
    expect(email.text).toContain("https://example.org/ja/my-entry?token=def");
  });
});
