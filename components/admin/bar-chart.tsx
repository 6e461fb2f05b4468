import { useFormatter, useTranslations } from "next-intl";

export type Bar = { label: string; value: number };

const WIDTH = 640;
const HEIGHT = 200;
const AXIS = 24;
const MAX_BAR = 48;

/**
 * A bar chart drawn on the server as SVG: named by its title and summarised by its description
 * for screen readers (role="img"), with the same numbers in a table beneath. Axis labels are
 * thinned to about `labelEvery`-th bar so long series stay legible.
 */
export function BarChart({ id, title, bars, labelHeader, valueHeader }: { id: string; title: string; bars: Bar[]; labelHeader: string; valueHeader: string }) {
  const t = useTranslations("Admin.charts");
  const format = useFormatter();
  const max = Math.max(1, ...bars.map((b) => b.value));
  const total = bars.reduce((sum, b) => sum + b.value, 0);
  const top = bars.reduce<Bar | null>((best, b) => (b.value > (best?.value ?? 0) ? b : best), null);
  const slot = bars.length ? WIDTH / bars.length : WIDTH;
  const labelEvery = Math.max(1, Math.ceil(bars.length / 12));
  const description = top ? t("description", { total: format.number(total), top: top.label, topValue: format.number(top.value), bars: bars.length }) : t("empty");
  return (
    <figure aria-labelledby={`${id}-caption`} className="rounded border border-line p-3">
      <figcaption id={`${id}-caption`} className="font-bold">
        {title}
      </figcaption>
      <svg role="img" aria-labelledby={`${id}-title ${id}-desc`} viewBox={`0 0 ${WIDTH} ${HEIGHT + AXIS}`} className="mt-2 h-auto max-h-72 w-full text-ink">
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <line x1={0} x2={WIDTH} y1={HEIGHT} y2={HEIGHT} className="stroke-line" />
        {bars.map((bar, index) => {
          const height = (bar.value / max) * (HEIGHT - 8);
          const width = Math.min(slot * 0.8, MAX_BAR);
          return (
            <g key={bar.label}>
              <rect x={index * slot + (slot - width) / 2} y={HEIGHT - height} width={width} height={height} className="fill-course" />
              {index % labelEvery === 0 && (
                <text x={index * slot + slot / 2} y={HEIGHT + 16} textAnchor="middle" className="fill-ink-soft text-[11px]">
                  {bar.label}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer underline">{t("showTable")}</summary>
        <table className="mt-2 border-collapse">
          <caption className="sr-only">{title}</caption>
          <thead>
            <tr>
              <th scope="col" className="border-b border-line px-2 py-1 text-left">{labelHeader}</th>
              <th scope="col" className="border-b border-line px-2 py-1 text-right">{valueHeader}</th>
            </tr>
          </thead>
          <tbody>
            {bars.map((bar) => (
              <tr key={bar.label}>
                <th scope="row" className="border-b border-line px-2 py-0.5 text-left font-normal">{bar.label}</th>
                <td className="border-b border-line px-2 py-0.5 text-right tabular-nums">{format.number(bar.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
