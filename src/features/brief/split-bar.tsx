/*
 * The split of a score drawn for paper: one bar out of 100 points per offer, each factor with
 * its own black-and-white pattern (solid, hatched, dotted, lined), so it reads without colour
 * and prints without "background graphics". The numbers beside it say the same in words.
 */

const PATTERNS = ['solid', 'hatch', 'dots', 'lines'] as const;

const patternId = (idPrefix: string, index: number) =>
  `${idPrefix}-split-${PATTERNS[index % PATTERNS.length]}`;

/** The pattern definitions, once per brief. */
export function SplitPatterns({ idPrefix }: { idPrefix: string }) {
  return (
    <svg className="brief-split-defs" width="0" height="0" aria-hidden="true" focusable="false">
      <defs>
        <pattern id={patternId(idPrefix, 0)} width="4" height="4" patternUnits="userSpaceOnUse">
          <rect width="4" height="4" fill="currentColor" />
        </pattern>
        <pattern
          id={patternId(idPrefix, 1)}
          width="4"
          height="4"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="4" height="4" fill="var(--surface, #fff)" />
          <line x1="0" y1="0" x2="0" y2="4" stroke="currentColor" strokeWidth="2" />
        </pattern>
        <pattern id={patternId(idPrefix, 2)} width="4" height="4" patternUnits="userSpaceOnUse">
          <rect width="4" height="4" fill="var(--surface, #fff)" />
          <circle cx="2" cy="2" r="1" fill="currentColor" />
        </pattern>
        <pattern id={patternId(idPrefix, 3)} width="4" height="4" patternUnits="userSpaceOnUse">
          <rect width="4" height="4" fill="var(--surface, #fff)" />
          <line x1="0" y1="2" x2="4" y2="2" stroke="currentColor" strokeWidth="0.8" />
        </pattern>
      </defs>
    </svg>
  );
}

const Swatch = ({ idPrefix, index }: { idPrefix: string; index: number }) => (
  <svg className="brief-swatch" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
    <rect
      x="0.5"
      y="0.5"
      width="11"
      height="11"
      fill={`url(#${patternId(idPrefix, index)})`}
      stroke="currentColor"
    />
  </svg>
);

/** Which pattern is which factor. */
export function SplitLegend({ idPrefix, labels }: { idPrefix: string; labels: string[] }) {
  return (
    <p className="brief-legend" aria-hidden="true">
      {labels.map((label, index) => (
        <span key={label}>
          <Swatch idPrefix={idPrefix} index={index} /> {label}
        </span>
      ))}
    </p>
  );
}

/** One offer's points per factor, as a bar of 100. */
export function SplitBar({
  idPrefix,
  segments,
}: {
  idPrefix: string;
  segments: readonly { start: number; width: number }[];
}) {
  return (
    <svg
      className="brief-bar"
      viewBox="0 0 100 10"
      preserveAspectRatio="none"
      aria-hidden="true"
      focusable="false"
    >
      <rect
        x="0"
        y="0.5"
        width="100"
        height="9"
        fill="none"
        stroke="currentColor"
        strokeWidth="0.3"
      />
      {segments.map(({ start, width }, index) =>
        width > 0 ? (
          <rect
            key={index}
            x={start}
            y="0.5"
            width={width}
            height="9"
            fill={`url(#${patternId(idPrefix, index)})`}
            stroke="currentColor"
            strokeWidth="0.5"
            vectorEffect="non-scaling-stroke"
          />
        ) : null,
      )}
    </svg>
  );
}
