import { PatternCircles, PatternLines } from "@visx/pattern";
import type { Status } from "@/lib/core/jurisdiction";

/**
 * The fills the charts share, each told apart by its shape as well as its colour, so that a chart
 * reads the same in greyscale, in print and to a reader who does not see colour:
 * - a forum's status: covers solid, conditional diagonal lines, excluded cross-hatched, no rule
 *   recorded sparse dots (an absence in the record, as the dashed grey badge says);
 * - a milestone: happened solid, expected hatched (not yet happened).
 * The colours are the badges' (app/globals.css: --covers-*, --conditional-*, --excludes-*, --unknown-*).
 * Pattern ids are document-wide: each chart passes a prefix of its own.
 */

export const STATUS_COLOURS: Record<Status, { fill: string; ink: string; line: string }> = {
  covers: { fill: "#4f9464", ink: "#1b5e2f", line: "#1b5e2f" },
  conditional: { fill: "#fdf2d8", ink: "#6e4600", line: "#9a6a10" },
  excluded: { fill: "#fbe9e7", ink: "#99231a", line: "#99231a" },
  unknown: { fill: "#ffffff", ink: "#464c55", line: "#7b818a" },
};

export const patternId = (prefix: string, name: string) => `${prefix}-${name}`;

/** The fill of a status: a solid colour (covers) or a pattern's url. */
export function statusFill(prefix: string, status: Status): string {
  return status === "covers" ? STATUS_COLOURS.covers.fill : `url(#${patternId(prefix, status)})`;
}

/** The patterns of the statuses, for a chart's <defs>. */
export function StatusPatterns({ prefix }: { prefix: string }) {
  const { conditional, excluded, unknown } = STATUS_COLOURS;
  return (
    <>
      <PatternLines id={patternId(prefix, "conditional")} width={8} height={8} stroke={conditional.line} strokeWidth={1.6} background={conditional.fill} orientation={["diagonal"]} />
      <PatternLines
        id={patternId(prefix, "excluded")}
        width={8}
        height={8}
        stroke={excluded.line}
        strokeWidth={1.3}
        background={excluded.fill}
        orientation={["diagonal", "diagonalRightToLeft"]}
      />
      <PatternCircles id={patternId(prefix, "unknown")} width={7} height={7} radius={1.1} fill={unknown.line} background={unknown.fill} complement={false} />
    </>
  );
}

export const MILESTONE_COLOURS = { happened: "#1d2f4f", expected: "#1d2f4f", expectedBackground: "#ffffff" };

/** The hatching of expected milestones, for a chart's <defs>. */
export function ExpectedPattern({ prefix }: { prefix: string }) {
  return (
    <PatternLines
      id={patternId(prefix, "expected")}
      width={6}
      height={6}
      stroke={MILESTONE_COLOURS.expected}
      strokeWidth={1.4}
      background={MILESTONE_COLOURS.expectedBackground}
      orientation={["diagonal"]}
    />
  );
}

/** A small square of a fill, for a legend beside a chart (its own <svg>, so its pattern id is its own). */
export function Swatch({ id, kind }: { id: string; kind: Status | "happened" | "expected" }) {
  const fill =
    kind === "happened" ? MILESTONE_COLOURS.happened : kind === "expected" ? `url(#${patternId(id, "expected")})` : statusFill(id, kind);
  const stroke = kind === "happened" || kind === "expected" ? MILESTONE_COLOURS.happened : STATUS_COLOURS[kind].line;
  return (
    <svg width="22" height="14" viewBox="0 0 22 14" aria-hidden="true" focusable="false" className="chart-swatch">
      <defs>{kind === "expected" ? <ExpectedPattern prefix={id} /> : kind === "happened" ? null : <StatusPatterns prefix={id} />}</defs>
      <rect x="0.75" y="0.75" width="20.5" height="12.5" fill={fill} stroke={stroke} strokeWidth="1.5" strokeDasharray={kind === "unknown" || kind === "expected" ? "3 2" : undefined} />
    </svg>
  );
}
