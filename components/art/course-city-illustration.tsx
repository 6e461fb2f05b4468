/**
 * The hero's drawing, made for this project: the city from the twin towers of the Metropolitan
 * Government Building (left) to the brick dome of Tokyo Station (right), the course line between
 * them, runners on it and supporters waving flags. Colours come from the theme tokens.
 */
export function CourseCityIllustration({ label, className }: { label: string; className?: string }) {
  return (
    <svg viewBox="0 0 400 260" role="img" aria-label={label} className={className}>
      <rect width="400" height="260" rx="16" fill="var(--color-ink-deep)" />
      <circle cx="318" cy="62" r="30" fill="var(--color-sun)" opacity="0.9" />
      <g fill="var(--color-city)">
        {/* Metropolitan Government Building: two towers joined low down */}
        <rect x="28" y="58" width="26" height="130" />
        <rect x="60" y="58" width="26" height="130" />
        <rect x="28" y="120" width="58" height="68" />
        <rect x="100" y="110" width="34" height="78" />
        <rect x="142" y="92" width="22" height="96" />
        <rect x="170" y="124" width="40" height="64" />
        {/* a tower with a spire, for the river side of the course */}
        <path d="M228 188 L236 60 L240 40 L244 60 L252 188 Z" />
        <rect x="262" y="118" width="30" height="70" />
        {/* Tokyo Station: a long low building under a dome */}
        <rect x="298" y="146" width="92" height="42" />
        <path d="M326 146 a18 18 0 0 1 36 0 Z" />
      </g>
      <g fill="var(--color-sun)" opacity="0.55">
        <rect x="33" y="70" width="5" height="6" />
        <rect x="44" y="86" width="5" height="6" />
        <rect x="65" y="74" width="5" height="6" />
        <rect x="76" y="98" width="5" height="6" />
        <rect x="148" y="104" width="5" height="6" />
        <rect x="306" y="160" width="8" height="8" />
        <rect x="322" y="160" width="8" height="8" />
        <rect x="358" y="160" width="8" height="8" />
        <rect x="374" y="160" width="8" height="8" />
      </g>
      <rect y="188" width="400" height="72" fill="var(--color-ink)" />
      {/* the course: out, a turn-back, and home to the station */}
      <path
        d="M20 206 C80 196 120 236 190 228 S290 196 330 214 S300 246 250 244 S150 252 120 246"
        fill="none"
        stroke="var(--color-accent-bright)"
        strokeWidth="6"
        strokeLinecap="round"
        strokeDasharray="1 0"
      />
      <path d="M20 206 C80 196 120 236 190 228 S290 196 330 214" fill="none" stroke="white" strokeWidth="1.5" strokeDasharray="4 6" />
      <g stroke="white" strokeWidth="3" strokeLinecap="round" fill="none">
        <Runner x={96} y={212} />
        <Runner x={168} y={222} />
        <Runner x={268} y={208} />
      </g>
      <g strokeLinecap="round">
        <Supporter x={60} flag="var(--color-accent-bright)" />
        <Supporter x={214} flag="var(--color-sun)" />
        <Supporter x={356} flag="white" />
      </g>
    </svg>
  );
}

function Runner({ x, y }: { x: number; y: number }) {
  return (
    <g transform={`translate(${x} ${y})`}>
      <circle cx="0" cy="-22" r="4" fill="white" stroke="none" />
      <path d="M0 -17 L-2 -6 M-2 -6 L-8 2 M-2 -6 L5 -1 L4 5 M0 -15 L-7 -10 M0 -15 L6 -12 L9 -16" />
    </g>
  );
}

function Supporter({ x, flag }: { x: number; flag: string }) {
  return (
    <g transform={`translate(${x} 186)`}>
      <circle cx="0" cy="-16" r="4" fill="var(--color-city)" />
      <path d="M0 -12 L0 0" stroke="var(--color-city)" strokeWidth="5" />
      <path d="M3 -10 L10 -26" stroke="white" strokeWidth="1.5" />
      <path d="M10 -26 L22 -23 L12 -18 Z" fill={flag} />
    </g>
  );
}
