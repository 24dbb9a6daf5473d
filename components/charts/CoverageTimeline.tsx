import { AxisBottom } from "@visx/axis";
import { Group } from "@visx/group";
import { scaleUtc } from "@visx/scale";
import { Bar } from "@visx/shape";
import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { Fragment } from "react";
import { ForumStatusBadge, STATUS_SYMBOLS } from "@/components/ForumStatusBadge";
import { PartialDate } from "@/components/PartialDate";
import { describeCoverageOverTime, endWords, periodDatesWords, type CoverageOverTime, type CoveragePeriod, type MilestoneRef } from "@/lib/core/coverage-over-time";
import { formatPartialDate, type IsoDate } from "@/lib/core/dates";
import { STATUSES, type Status } from "@/lib/core/jurisdiction";
import { labelsIn } from "@/lib/core/labels";
import { STATUS_COLOURS, statusFill, StatusPatterns, Swatch } from "./patterns";

// A band per forum, left to right in time, a stretch per period, each status with its own fill
// (solid, lines, cross-hatching, dots) and, where there is room, its symbol and name written on it.
// As for the milestones' chart, it is drawn at a wide and a narrow size and CSS shows one.
type Variant = "wide" | "narrow";
const LAYOUT: Record<Variant, { width: number; band: number; strip: number; gap: number; tickEvery: number }> = {
  wide: { width: 1000, band: 30, strip: 20, gap: 12, tickEvery: 70 },
  narrow: { width: 340, band: 28, strip: 20, gap: 10, tickEvery: 60 },
};
const TOP = 22;
const AXIS_HEIGHT = 30;
const SIDE = 8;

const dayOf = (day: IsoDate) => new Date(`${day}T00:00:00Z`);
const addDays = (day: IsoDate, days: number) => {
  const d = dayOf(day);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/** The days the chart spans: from a little before the first change (or from the conduct) to a little after "as of" and today. */
function domainOf(coverage: CoverageOverTime, asOf: IsoDate, today: IsoDate): [Date, Date] {
  const days = coverage.forums.flatMap((f) => f.periods.flatMap((p) => [p.from?.day, p.to?.day].filter((d): d is IsoDate => d !== undefined)));
  const all = [...days, asOf, today].sort();
  const first = coverage.start ?? all[0]!;
  const last = all.at(-1)!;
  const span = Math.max(dayOf(last).getTime() - dayOf(first).getTime(), 365 * 86_400_000);
  // Before the first change: room to show what held before it, unless the chart starts at the conduct.
  const opensBefore = coverage.forums.some((f) => f.periods[0]?.from === null);
  const start = opensBefore ? new Date(dayOf(first).getTime() - span * 0.08) : dayOf(first);
  return [start, new Date(dayOf(last).getTime() + span * 0.06)];
}

function CoverageSvg({
  coverage,
  asOf,
  today,
  variant,
  description,
  id,
  shortNames,
}: {
  coverage: CoverageOverTime;
  asOf: IsoDate;
  today: IsoDate;
  variant: Variant;
  description: string;
  id: string;
  shortNames: Record<string, string>;
}) {
  const t = useTranslations("Jurisdiction.timeline");
  const locale = useLocale();
  const labels = labelsIn(locale);
  const layout = LAYOUT[variant];
  const prefix = `${id}-${variant}`;
  const innerWidth = layout.width - 2 * SIDE;
  const row = layout.strip + layout.band + layout.gap;
  const height = TOP + coverage.forums.length * row + AXIS_HEIGHT;
  const [start, end] = domainOf(coverage, asOf, today);
  const x = scaleUtc<number>({ domain: [start, end], range: [0, innerWidth] });
  const xOf = (day: IsoDate) => Math.max(0, Math.min(innerWidth, x(dayOf(day))));
  const years = end.getUTCFullYear() - start.getUTCFullYear();
  // A tick each year, or every 2, 5 or 10 years, so that labels keep their distance.
  const every = [1, 2, 5, 10, 20, 50].find((n) => (innerWidth / Math.max(years, 1)) * n >= layout.tickEvery) ?? 100;
  const ticks: Date[] = [];
  for (let y = start.getUTCFullYear() + 1; y <= end.getUTCFullYear(); y++) if (y % every === 0) ticks.push(new Date(Date.UTC(y, 0, 1)));
  const asOfX = xOf(asOf);
  const titleId = `${prefix}-title`;
  const descId = `${prefix}-desc`;

  return (
    <svg
      className={`chart-svg chart-variant-${variant}`}
      width={layout.width}
      height={height}
      viewBox={`0 0 ${layout.width} ${height}`}
      role="img"
      aria-labelledby={titleId}
      aria-describedby={descId}
      data-testid="coverage-chart"
      data-variant={variant}
    >
      <title id={titleId}>{t("svgTitle")}</title>
      <desc id={descId}>{description}</desc>
      <defs>
        <StatusPatterns prefix={prefix} />
      </defs>
      <Group left={SIDE} top={TOP}>
        {coverage.forums.map((forum, i) => (
          <Group key={forum.forum.slug} top={i * row} data-forum={forum.forum.slug}>
            <text x={0} y={14} className="chart-label">
              {variant === "narrow" ? (shortNames[forum.forum.slug] ?? forum.forum.name) : forum.forum.name}
            </text>
            <Group top={layout.strip}>
              {forum.periods.map((period) => {
                const left = period.from ? xOf(period.from.day) : 0;
                const right = period.to ? xOf(addDays(period.to.day, 1)) : innerWidth;
                const width = Math.max(right - left, 1.5);
                const label = labels.jurisdictionStatus[period.status];
                const symbol = STATUS_SYMBOLS[period.status];
                // The status written on its band, on a patch of paper so that the pattern does not blur it.
                const words = width >= label.length * 7.4 + 34 ? `${symbol} ${label}` : width >= 20 ? symbol : null;
                const colours = STATUS_COLOURS[period.status];
                const wordsWidth = words ? words.length * 7.4 + 10 : 0;
                return (
                  <g key={`${period.from?.day ?? "start"}`} data-status={period.status}>
                    <Bar
                      x={left}
                      y={0}
                      width={width}
                      height={layout.band}
                      fill={statusFill(prefix, period.status)}
                      stroke={colours.line}
                      strokeWidth={1}
                      strokeDasharray={period.status === "unknown" ? "4 3" : undefined}
                    />
                    {words ? (
                      <>
                        <rect x={left + 4} y={layout.band / 2 - 9} width={Math.min(wordsWidth, width - 8)} height={18} rx={3} fill="#ffffff" stroke={colours.line} strokeWidth={0.75} />
                        <text x={left + 8} y={layout.band / 2 + 4} className="chart-on-band" fill={colours.ink}>
                          {words}
                        </text>
                      </>
                    ) : null}
                  </g>
                );
              })}
            </Group>
          </Group>
        ))}
        <line x1={asOfX} x2={asOfX} y1={-TOP + 14} y2={coverage.forums.length * row - layout.gap + 4} className="chart-marker" />
        <text x={asOfX} y={-TOP + 10} textAnchor={asOfX > innerWidth * 0.7 ? "end" : "start"} dx={asOfX > innerWidth * 0.7 ? -4 : 4} className="chart-marker-label">
          {t("asOf", { date: formatPartialDate({ date: asOf, precision: "DAY" }, locale) })}
        </text>
      </Group>
      <AxisBottom
        top={TOP + coverage.forums.length * row - layout.gap + 6}
        left={SIDE}
        scale={x}
        tickValues={ticks}
        tickFormat={(d) => String((d as Date).getUTCFullYear())}
        tickLength={4}
        stroke="#4a5360"
        tickStroke="#4a5360"
        tickLabelProps={() => ({ fill: "#1b1f24", fontSize: 11, textAnchor: "middle", className: "chart-tick" })}
      />
    </svg>
  );
}

function MilestoneLinks({ milestones }: { milestones: MilestoneRef[] }) {
  return (
    <>
      {milestones.map((m, i) => (
        <Fragment key={m.slug}>
          {i > 0 ? "; " : null}
          <Link href={`/milestones/${m.slug}`}>{m.title}</Link>
        </Fragment>
      ))}
    </>
  );
}

function OpenedBy({ period }: { period: CoveragePeriod }) {
  const t = useTranslations("Jurisdiction.timeline");
  if (period.openedBy.length > 0) return <MilestoneLinks milestones={period.openedBy} />;
  if (period.startsAtConduct) return <span className="muted">{t("conductBegins")}</span>;
  if (!period.from) return <span className="muted">{t("nothingRecorded")}</span>;
  return <span className="muted">{t("noMilestone")}</span>;
}

function ClosedBy({ period }: { period: CoveragePeriod }) {
  const t = useTranslations("Jurisdiction.timeline");
  if (period.closedBy.length > 0) return <MilestoneLinks milestones={period.closedBy} />;
  if (!period.to) return <span className="muted">{t("notClosed")}</span>;
  return <span className="muted">{t("noMilestone")}</span>;
}

function End({ period, side }: { period: CoveragePeriod; side: "from" | "to" }) {
  const locale = useLocale();
  const end = side === "from" ? period.from : period.to;
  if (!end) return <span className="muted">{endWords(end, side, locale)}</span>;
  return <PartialDate value={end.shown} />;
}

/**
 * A profile's coverage over time: for each forum, the periods of "as of" dates over which it
 * covered, conditionally covered or excluded the profile, drawn as bands (visx, server-rendered)
 * beside a table that says the same with the milestones that opened and closed each period.
 */
export function CoverageTimeline({
  coverage,
  asOf,
  today,
  conductGiven,
  shortNames = {},
  id = "coverage-over-time",
}: {
  coverage: CoverageOverTime;
  asOf: IsoDate;
  today: IsoDate;
  conductGiven: boolean;
  /** Forum names for the narrow drawing ("ICC"), by slug; the full name where none is given. */
  shortNames?: Record<string, string>;
  id?: string;
}) {
  const t = useTranslations("Jurisdiction.timeline");
  const locale = useLocale();
  const labels = labelsIn(locale);
  const description = describeCoverageOverTime(coverage, locale);
  const used = new Set<Status>(coverage.forums.flatMap((f) => f.periods.map((p) => p.status)));
  return (
    <section className="chart" aria-labelledby={`${id}-heading`} id={id}>
      <div className="chart-heading">
        <h2 id={`${id}-heading`}>{t("heading")}</h2>
        <p className="muted small">
          {t("intro")} {conductGiven ? t("conductGiven") : t("conductNotGiven")} {t("precision")}
        </p>
      </div>
      <ul className="chart-legend" aria-label={t("legend")}>
        {STATUSES.filter((s) => used.has(s)).map((status) => (
          <li key={status}>
            <Swatch id={`${id}-legend-${status}`} kind={status} /> {STATUS_SYMBOLS[status]} {labels.jurisdictionStatus[status]} ({t(LEGEND_PATTERN[status])})
          </li>
        ))}
      </ul>
      <div className="chart-scroll" tabIndex={0} role="group" aria-label={t("chartLabel")}>
        <CoverageSvg coverage={coverage} asOf={asOf} today={today} variant="wide" description={description} id={id} shortNames={shortNames} />
        <CoverageSvg coverage={coverage} asOf={asOf} today={today} variant="narrow" description={description} id={id} shortNames={shortNames} />
      </div>
      <div className="chart-table-wrap">
        <table className="chart-table coverage-periods" data-testid="coverage-table">
          <caption>{t("caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("forum")}</th>
              <th scope="col">{t("status")}</th>
              <th scope="col">{t("from")}</th>
              <th scope="col">{t("to")}</th>
              <th scope="col">{t("openedBy")}</th>
              <th scope="col">{t("closedBy")}</th>
            </tr>
          </thead>
          <tbody>
            {coverage.forums.flatMap((forum) =>
              forum.periods.map((period, i) => (
                <tr key={`${forum.forum.slug}-${period.from?.day ?? "start"}`} data-forum={forum.forum.slug} data-status={period.status} className={i === 0 ? "first-of-forum" : undefined}>
                  <th scope="row">
                    {/* The forum is named once per group to the eye, on every row to a screen reader. */}
                    <span className={i === 0 ? undefined : "repeated-name"}>{forum.forum.name}</span>
                    <span className="visually-hidden">, {periodDatesWords(period, locale).toLowerCase()}</span>
                  </th>
                  <td data-label={t("status")}>
                    <ForumStatusBadge status={period.status} />
                  </td>
                  <td data-label={t("from")}>
                    <End period={period} side="from" />
                  </td>
                  <td data-label={t("to")}>
                    <End period={period} side="to" />
                  </td>
                  <td data-label={t("openedBy")}>
                    <OpenedBy period={period} />
                  </td>
                  <td data-label={t("closedBy")}>
                    <ClosedBy period={period} />
                  </td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}

// The fill of each status in words (Jurisdiction.timeline), for the legend.
const LEGEND_PATTERN = {
  covers: "patternSolid",
  conditional: "patternLines",
  excluded: "patternCross",
  unknown: "patternDots",
} as const satisfies Record<Status, string>;
