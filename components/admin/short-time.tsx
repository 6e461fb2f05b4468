import { useFormatter } from "next-intl";

/** A compact Japan-time stamp for dense tables ("2027/01/12 09:30"). */
export function ShortTime({ date }: { date: Date }) {
  const format = useFormatter();
  return <time dateTime={date.toISOString()}>{format.dateTime(date, "short")}</time>;
}
