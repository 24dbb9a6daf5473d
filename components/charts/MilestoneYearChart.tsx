import { AxisBottom } from "@visx/axis";
import { Group } from "@visx/group";
import { scaleBand, scaleLinear } from "@visx/scale";
import { Bar } from "@visx/shape";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { describeYearTrackChart, type Tally, type YearTrackChart } from "@/lib/core/milestone-chart";
import { ExpectedPattern, MILESTONE_COLOURS, patternId, Swatch } from "./patterns";

// One row of bars per track (small multiples), each labelled with the track's name: the tracks are
// told apart by their place and their label, not by a colour. The rows share one scale.
//
// An SVG's text grows and shrinks with it, so one drawing cannot serve both a desktop and a phone:
// the chart is drawn twice, at a wide and a narrow size, and CSS shows the one that fits (print
// takes the wide one, scaled to the page). Both are the same data; the table serves screen readers.
const PANEL_HEIGHT = 66;
const PANEL_GAP = 16;
const AXIS_HEIGHT = 52;

type Variant = "wide" | "narrow";

const LAYOUT: Record<Variant, { labelWidth: number; strip: number; target: number; minStep: number; maxStep: number }> = {
  // Track names in a column on the left; about 860 px of bars.
  wide: { labelWidth: 160, strip: 0, target: 860, minStep: 14, maxStep: 56 },
  // Track names in a strip above each row, the count on a line of its own (a long name, such as
  // "Притягнення до відповідальності", leaves no room beside it); the bars take the whole of a 360 px screen.
  narrow: { labelWidth: 24, strip: 34, target: 316, minStep: 4, maxStep: 48 },
};

/**
 * A track's name in the wide drawing's column of names (about 20 characters wide): whole where it
 * fits, else on two lines, broken at the space nearest its middle ("Притягнення до" /
 * "відповідальності"), where it would have run off the drawing's left edge.
 */
function labelLines(name: string, fits = 20): string[] {
  if (name.length <= fits) return [name];
  const spaces = [...name.matchAll(/ /g)].map((m) => m.index);
  if (spaces.length === 0) return [name];
  const middle = spaces.reduce((best, at) => (Math.abs(at - name.length / 2) < Math.abs(best - name.length / 2) ? at : best));
  return [name.slice(0, middle), name.slice(middle + 1)];
}

function YearTrackSvg({ chart, variant, description }: { chart: YearTrackChart; variant: Variant; description: string }) {
  const t = useTranslations("Charts");
  const format = useFormatter();
  const layout = LAYOUT[variant];
  const prefix = `milestone-chart-${variant}`;
  const step = Math.min(layout.maxStep, Math.max(layout.minStep, Math.floor(layout.target / Math.max(chart.years.length, 1))));
  const innerWidth = Math.max(chart.years.length * step, 4 * step);
  const width = layout.labelWidth + innerWidth + 12;
  const panel = layout.strip + PANEL_HEIGHT;
  const panelsHeight = chart.tracks.length * panel + (chart.tracks.length - 1) * PANEL_GAP;
  const top = 6;
  const height = top + panelsHeight + AXIS_HEIGHT;
  const x = scaleBand<number>({ domain: chart.years, range: [0, chart.years.length * step], paddingInner: 0.28, paddingOuter: 0.14 });
  // Room above the tallest bar for its number.
  const y = scaleLinear<number>({ domain: [0, Math.max(chart.max, 1)], range: [PANEL_HEIGHT, 16] });
  const byYear = new Map(chart.rows.map((r) => [r.year, r]));
  // Each bar's number above it, where there is room; otherwise a gridline at the tallest bar says the scale.
  const values = step >= 18;
  // Every year named where there is room (slanted), else every fifth.
  const labelled = step >= 12 ? chart.years : chart.years.filter((year) => year % 5 === 0);
  const rotate = step * (labelled.length === chart.years.length ? 1 : 5) < 34 && labelled.length > 1;
  const titleId = `${prefix}-title`;
  const descId = `${prefix}-desc`;

  return (
    <svg
      className={`chart-svg chart-variant-${variant}`}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby={titleId}
      aria-describedby={descId}
      data-testid="milestone-chart"
      data-variant={variant}
    >
      <title id={titleId}>{t("title")}</title>
      <desc id={descId}>{description}</desc>
      <defs>
        <ExpectedPattern prefix={prefix} />
      </defs>
      {chart.tracks.map((track, i) => (
        <Group key={track.slug} top={top + i * (panel + PANEL_GAP)} data-track={track.slug}>
          {variant === "wide" ? (
            <>
              <text x={layout.labelWidth - 12} y={PANEL_HEIGHT / 2 - 8 * (labelLines(track.name).length - 1)} textAnchor="end" className="chart-label">
                {labelLines(track.name).map((line, n) => (
                  <tspan key={n} x={layout.labelWidth - 12} dy={n === 0 ? 0 : 15}>
                    {line}
                  </tspan>
                ))}
              </text>
              <text x={layout.labelWidth - 12} y={PANEL_HEIGHT / 2 + 16 + 7 * (labelLines(track.name).length - 1)} textAnchor="end" className="chart-label-soft">
                {t("inAll", { count: track.total })}
              </text>
            </>
          ) : (
            <text x={0} y={13} className="chart-label">
              {track.name}
              <tspan x={0} dy={15} className="chart-label-soft">
                {t("inAll", { count: track.total })}
              </tspan>
            </text>
          )}
          <Group left={layout.labelWidth} top={layout.strip}>
            <line x1={0} x2={innerWidth} y1={PANEL_HEIGHT + 0.5} y2={PANEL_HEIGHT + 0.5} className="chart-baseline" />
            {values ? null : (
              <>
                <line x1={0} x2={innerWidth} y1={y(chart.max)} y2={y(chart.max)} className="chart-grid" />
                <text x={-4} y={y(chart.max) + 4} textAnchor="end" className="chart-label-soft">
                  {format.number(chart.max)}
                </text>
              </>
            )}
            {chart.years.map((year) => {
              const tally = byYear.get(year)?.byTrack[track.slug];
              if (!tally || tally.happened + tally.expected === 0) return null;
              const left = x(year) ?? 0;
              const barWidth = x.bandwidth();
              const happenedTop = y(tally.happened);
              const totalTop = y(tally.happened + tally.expected);
              return (
                <g key={year} data-year={year}>
                  {tally.happened > 0 ? <Bar x={left} y={happenedTop} width={barWidth} height={PANEL_HEIGHT - happenedTop} fill={MILESTONE_COLOURS.happened} /> : null}
                  {tally.expected > 0 ? (
                    <Bar
                      x={left + 0.75}
                      y={totalTop + 0.75}
                      width={Math.max(barWidth - 1.5, 1)}
                      height={Math.max(happenedTop - totalTop - 1.5, 1)}
                      fill={`url(#${patternId(prefix, "expected")})`}
                      stroke={MILESTONE_COLOURS.expected}
                      strokeWidth={1.5}
                      strokeDasharray="3 2"
                    />
                  ) : null}
                  {values ? (
                    <text x={left + barWidth / 2} y={totalTop - 4} textAnchor="middle" className="chart-value">
                      {format.number(tally.happened + tally.expected)}
                    </text>
                  ) : null}
                </g>
              );
            })}
          </Group>
        </Group>
      ))}
      <AxisBottom
        top={top + panelsHeight + 1}
        left={layout.labelWidth}
        scale={x}
        tickValues={labelled}
        tickFormat={(year) => String(year)}
        tickLength={4}
        stroke="#4a5360"
        tickStroke="#4a5360"
        tickLabelProps={() =>
          rotate
            ? { fill: "#1b1f24", fontSize: 11, textAnchor: "end", dx: "0.3em", dy: "0.1em", angle: -50, className: "chart-tick" }
            : { fill: "#1b1f24", fontSize: 11, textAnchor: "middle", className: "chart-tick" }
        }
      />
    </svg>
  );
}

/** "3", or "3 (1 expected)": the table's cell. */
function TallyCell({ tally, track }: { tally: Tally; track?: string }) {
  const t = useTranslations("Charts");
  const format = useFormatter();
  const total = tally.happened + tally.expected;
  return (
    <td data-track={track} className={total === 0 ? "muted" : undefined}>
      {tally.expected > 0 ? t("tallyExpected", { total, expected: tally.expected }) : format.number(total)}
    </td>
  );
}

/**
 * The matching milestones by year and track: a server-rendered SVG (visx), a legend in the same
 * patterns, and the numbers as a table, whose years lead to the timeline of that year.
 */
export function MilestoneYearChart({ chart, yearHref, scope }: { chart: YearTrackChart; yearHref: (year: number) => string; scope: string }) {
  const t = useTranslations("Charts");
  const locale = useLocale();
  if (chart.total === 0) return null;
  // What a screen reader says of the picture, in the page's language.
  const description = describeYearTrackChart(chart, locale);

  return (
    <figure className="chart" aria-labelledby="milestone-chart-title">
      <figcaption className="chart-heading">
        <h2 id="milestone-chart-title">{t("title")}</h2>
        <p className="muted small">
          {scope} {t("howToRead")}
        </p>
      </figcaption>
      <ul className="chart-legend" aria-label={t("legend")}>
        <li>
          <Swatch id="milestone-chart-legend-happened" kind="happened" /> {t("happened")}
        </li>
        <li>
          <Swatch id="milestone-chart-legend-expected" kind="expected" /> {t("expected")}
        </li>
      </ul>
      <div className="chart-scroll" tabIndex={0} role="group" aria-label={t("chartLabel")}>
        <YearTrackSvg chart={chart} variant="wide" description={description} />
        <YearTrackSvg chart={chart} variant="narrow" description={description} />
      </div>
      <div className="chart-table-wrap">
        <table className="chart-table" data-testid="milestone-chart-table">
          <caption>{chart.expected > 0 ? t("captionExpected") : t("caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("year")}</th>
              {chart.tracks.map((t) => (
                <th scope="col" key={t.slug}>
                  {t.name}
                </th>
              ))}
              <th scope="col">{t("allTracks")}</th>
            </tr>
          </thead>
          <tbody>
            {chart.rows.map((row) => (
              <tr key={row.year} data-year={row.year}>
                <th scope="row">
                  <Link href={yearHref(row.year)}>
                    {row.year}
                  </Link>
                </th>
                {chart.tracks.map((t) => (
                  <TallyCell key={t.slug} track={t.slug} tally={row.byTrack[t.slug]!} />
                ))}
                <TallyCell tally={{ happened: row.total - row.expected, expected: row.expected }} />
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t("allYears")}</th>
              {chart.tracks.map((t) => (
                <TallyCell key={t.slug} track={t.slug} tally={t} />
              ))}
              <TallyCell tally={{ happened: chart.total - chart.expected, expected: chart.expected }} />
            </tr>
          </tfoot>
        </table>
      </div>
    </figure>
  );
}
