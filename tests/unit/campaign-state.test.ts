import { describe, expect, it } from "vitest";
import { formatJstMinute, parseJstMinute } from "@/lib/campaign/jst";
import { scheduleProblems, stateAt, type EntryWindowTimes, type Schedule } from "@/lib/campaign/state";

const jst = (text: string) => parseJstMinute(text);
const first: EntryWindowTimes = { number: 1, opensAt: jst("2026-12-21 10:00"), closesAt: parseJstMinute("2027-01-31 23:59", { endOfMinute: true }) };
const second: EntryWindowTimes = { number: 2, opensAt: jst("2027-03-02 10:00"), closesAt: parseJstMinute("2027-03-26 23:59", { endOfMinute: true }) };
const third: EntryWindowTimes = { number: 3, opensAt: jst("2027-03-30 10:00"), closesAt: parseJstMinute("2027-04-05 23:59", { endOfMinute: true }) };
const schedule: Schedule = { windows: [first, second], announcementAt: jst("2027-04-15 12:00") };
const ms = (date: Date, delta: number) => new Date(date.getTime() + delta);
const phaseAt = (date: Date) => stateAt(schedule, date).phase;

describe("Japan time parsing", () => {
  it("reads minutes as JST, nine hours ahead of UTC, across the UTC date change", () => {
    expect(jst("2026-12-21 10:00").toISOString()).toBe("2026-12-21T01:00:00.000Z");
    expect(jst("2027-02-01 00:00").toISOString()).toBe("2027-01-31T15:00:00.000Z");
    expect(jst("2027-01-01 08:59").toISOString()).toBe("2026-12-31T23:59:00.000Z");
  });

  it("makes a closing minute last until its final millisecond", () => {
    expect(parseJstMinute("2027-01-31 23:59", { endOfMinute: true }).toISOString()).toBe("2027-01-31T14:59:59.999Z");
  });

  it("formats back to what staff typed", () => {
    expect(formatJstMinute(jst("2027-03-02 10:00"))).toBe("2027-03-02 10:00");
    expect(formatJstMinute(parseJstMinute("2027-01-31 23:59", { endOfMinute: true }))).toBe("2027-01-31 23:59");
  });

  it.each(["2027-02-30 10:00", "2027-01-31 24:00", "2027-01-31 10:60", "31/01/2027 10:00", ""])("refuses %j", (text) => {
    expect(() => parseJstMinute(text)).toThrow();
  });
});

describe("campaign state around every boundary", () => {
  it("is before the first window until the instant it opens", () => {
    expect(phaseAt(new Date("2026-11-21T00:00:00Z"))).toBe("before");
    expect(phaseAt(ms(first.opensAt, -1))).toBe("before");
    expect(stateAt(schedule, ms(first.opensAt, -1))).toMatchObject({ nextWindow: { number: 1 } });
  });

  it("opens the first window exactly at its opening instant (10:00 JST = 01:00 UTC)", () => {
    expect(stateAt(schedule, new Date("2026-12-21T01:00:00.000Z"))).toMatchObject({ phase: "open", window: { number: 1 } });
  });

  it("keeps the first window open through 23:59:59.999 JST on the closing day, which is 14:59 UTC", () => {
    expect(phaseAt(new Date("2027-01-31T14:59:59.999Z"))).toBe("open");
    // 00:00 JST on 1 February is still 31 January in UTC.
    expect(phaseAt(new Date("2027-01-31T15:00:00.000Z"))).toBe("between");
  });

  it("is between windows until the second opens, and names the window that closed and the next one", () => {
    expect(stateAt(schedule, ms(second.opensAt, -1))).toMatchObject({ phase: "between", previousWindow: { number: 1 }, nextWindow: { number: 2 } });
    expect(stateAt(schedule, second.opensAt)).toMatchObject({ phase: "open", window: { number: 2 } });
  });

  it("closes after the second window and announces at the announcement instant", () => {
    expect(phaseAt(second.closesAt)).toBe("open");
    expect(phaseAt(ms(second.closesAt, 1))).toBe("closed");
    expect(phaseAt(ms(schedule.announcementAt, -1))).toBe("closed");
    expect(phaseAt(schedule.announcementAt)).toBe("announced");
  });

  it("finds the open window an entry belongs to, and none outside the windows", () => {
    expect(stateAt(schedule, first.opensAt)).toMatchObject({ phase: "open", window: { number: 1 } });
    expect(stateAt(schedule, second.closesAt)).toMatchObject({ phase: "open", window: { number: 2 } });
    expect(stateAt(schedule, ms(first.closesAt, 1)).phase).toBe("between");
    expect(stateAt(schedule, ms(first.opensAt, -1)).phase).toBe("before");
  });
});

describe("a campaign of one or of three windows", () => {
  it("with one window goes from before to open to closed, never between", () => {
    const one: Schedule = { windows: [first], announcementAt: schedule.announcementAt };
    expect(stateAt(one, ms(first.opensAt, -1))).toMatchObject({ phase: "before", nextWindow: { number: 1 } });
    expect(stateAt(one, first.closesAt)).toMatchObject({ phase: "open", window: { number: 1 } });
    expect(stateAt(one, ms(first.closesAt, 1)).phase).toBe("closed");
  });

  it("with three windows is between the second and the third, then open in the third", () => {
    const three: Schedule = { windows: [first, second, third], announcementAt: schedule.announcementAt };
    expect(stateAt(three, ms(second.closesAt, 1))).toMatchObject({ phase: "between", previousWindow: { number: 2 }, nextWindow: { number: 3 } });
    expect(stateAt(three, third.opensAt)).toMatchObject({ phase: "open", window: { number: 3 } });
    expect(stateAt(three, ms(third.closesAt, 1)).phase).toBe("closed");
    expect(scheduleProblems(three)).toEqual([]);
  });
});

describe("schedule validation", () => {
  it("accepts the coherent schedule", () => {
    expect(scheduleProblems(schedule)).toEqual([]);
  });

  it("names each kind of incoherence, with the window it concerns", () => {
    expect(
      scheduleProblems({
        windows: [
          { ...first, closesAt: first.opensAt },
          { ...second, opensAt: first.opensAt, closesAt: ms(first.opensAt, -1) },
        ],
        announcementAt: ms(first.opensAt, -2),
      }),
    ).toEqual([
      { key: "windowEndsBeforeItOpens", number: 1 },
      { key: "windowEndsBeforeItOpens", number: 2 },
      { key: "windowsOverlap", number: 2, previous: 1 },
      { key: "announcementBeforeLastWindowCloses", number: 2 },
    ]);
  });

  it("checks a third window against the second and the announcement against the last", () => {
    const late = { ...third, opensAt: second.closesAt, closesAt: ms(schedule.announcementAt, 1) };
    expect(scheduleProblems({ windows: [first, second, late], announcementAt: schedule.announcementAt })).toEqual([
      { key: "windowsOverlap", number: 3, previous: 2 },
      { key: "announcementBeforeLastWindowCloses", number: 3 },
    ]);
  });
});
