import { expect, test, type APIRequestContext } from "@playwright/test";
import type pg from "pg";
import { e2ePool, entriesByEmail, SCHEDULES, setSchedule } from "./support/database";
import { HONEYPOT_FIELD, TOKEN_FIELD } from "../../lib/validation/entry-fields";
import { englishStory, entryForm, japaneseStory, MESSAGES, uniqueEmail } from "./support/entry-form";

// These tests change the schedule one after the other; the project runs after all the others and
// leaves the seeded schedule behind.
test.describe.configure({ mode: "serial" });

let pool: pg.Pool;
test.beforeAll(() => {
  pool = e2ePool();
});
test.afterAll(async () => {
  await setSchedule(pool, SCHEDULES.seeded());
  await pool.end();
});

const NO_FORM = async (page: import("@playwright/test").Page) => {
  await expect(page.locator("form")).toHaveCount(0);
  await expect(page.getByRole("textbox")).toHaveCount(0);
};

test.describe("outside the entry windows the form is absent and the page says why", () => {
  test("before the first window: it opens on …", async ({ page }) => {
    await setSchedule(pool, SCHEDULES.seeded());
    await page.goto("/ja/entry");
    await expect(page.getByRole("heading", { name: MESSAGES.ja.EntryPage.closedTitle })).toBeVisible();
    await expect(page.getByRole("region", { name: "現在の受付状況" })).toHaveText(
      "現在の受付状況エントリーは2026年12月21日(月) 10:00（日本時間）に始まります。",
    );
    await NO_FORM(page);
  });

  test("between the windows: the second opens on …", async ({ page }) => {
    const schedule = SCHEDULES.betweenWindows();
    await setSchedule(pool, schedule);
    await page.goto("/en/entry");
    await expect(page.getByRole("heading", { name: MESSAGES.en.EntryPage.closedTitle })).toBeVisible();
    const status = page.getByRole("region", { name: "Entry status" });
    await expect(status).toContainText("The 1st entry window has closed. The 2nd opens on");
    await expect(status.locator("time")).toHaveAttribute("datetime", schedule.windows[1]!.opensAt.toISOString());
    await NO_FORM(page);
  });

  test("after the last window: winners are announced on …", async ({ page }) => {
    const schedule = SCHEDULES.afterWindows();
    await setSchedule(pool, schedule);
    await page.goto("/ja/entry");
    const status = page.getByRole("region", { name: "現在の受付状況" });
    await expect(status).toContainText("エントリーの受付は終了しました。当選者は");
    await expect(status.locator("time")).toHaveAttribute("datetime", schedule.announcementAt.toISOString());
    await NO_FORM(page);
  });
});

/** The no-JavaScript form as served while a window is open: its hidden fields, token included. */
async function captureForm(request: APIRequestContext) {
  const html = await (await request.get("/ja/entry")).text();
  const hidden = Object.fromEntries(
    [...html.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?/g)].map((match) => [
      match[1]!,
      (match[2] ?? "").replaceAll("&quot;", '"').replaceAll("&amp;", "&"),
    ]),
  );
  expect(Object.keys(hidden)).toEqual(expect.arrayContaining(["$ACTION_REF_1", "$ACTION_KEY", TOKEN_FIELD]));
  return hidden;
}

test.describe("outside a window nothing is stored", () => {
  test("for a forged or replayed POST, and the answer says why", async ({ request }) => {
    await setSchedule(pool, SCHEDULES.firstWindowOpen());
    const hidden = await captureForm(request);
    const input = japaneseStory(uniqueEmail("forged"));
    const fields = { ...input, eligibility: "on", terms: "on", privacy: "on", publication: "on", [HONEYPOT_FIELD]: "" };
    await setSchedule(pool, SCHEDULES.betweenWindows());

    // As a browser without JavaScript would send it.
    const plain = await request.post("/ja/entry", { multipart: { ...hidden, ...fields } });
    expect(plain.status()).toBe(200);
    const html = await plain.text();
    expect(html).toContain(MESSAGES.ja.EntryForm.refusals.windowClosed);
    expect(html).toContain(`<option value="${input.role}" selected="">`);

    // As the JavaScript client sends it (the action called directly).
    const actionId = (JSON.parse(hidden["$ACTION_1:0"]!) as { id: string }).id;
    const call = new FormData();
    for (const [name, value] of Object.entries({ ...hidden, ...fields })) call.append(`_1_${name}`, value);
    // The arguments come last, after the form they refer to ($K1), as React sends them.
    call.append("0", '["ja",{"status":"idle"},"$K1"]');
    const direct = await request.post("/ja/entry", { headers: { "next-action": actionId, accept: "text/x-component" }, multipart: call });
    expect(await direct.text()).toContain('"reason":"windowClosed"');

    expect(await entriesByEmail(pool, input.email)).toEqual([]);
  });

  test("when the window closes while the story is being written, everything typed stays on the page", async ({ page }) => {
    await setSchedule(pool, SCHEDULES.firstWindowOpen());
    await page.goto("/en/entry");
    const form = entryForm(page, "en");
    const input = englishStory(uniqueEmail("late"));
    await form.fill(input);
    await form.agreeToAll();
    await setSchedule(pool, SCHEDULES.betweenWindows());
    await form.submit.click();

    const refusal = page.getByTestId("entry-refusal");
    await expect(refusal).toContainText(MESSAGES.en.EntryForm.refusals.windowClosed);
    await expect(refusal).toContainText("The 1st entry window has closed. The 2nd opens on");
    await expect(form.field("story")).toHaveValue(input.story);
    await expect(form.field("role")).toHaveValue(input.role);
    await expect(form.consent("terms")).toBeChecked();
    expect(await entriesByEmail(pool, input.email)).toEqual([]);
  });
});
