/** The winners are public from the announcement time on, never before. */
export function winnersVisible(announcementAt: Date, now: Date): boolean {
  return now.getTime() >= announcementAt.getTime();
}
