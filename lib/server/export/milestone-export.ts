import "server-only";
import { isoPartial, isoToday } from "@/lib/core/dates";
import { exportFilename, MILESTONE_EXPORT_COLUMNS, type MilestoneExportRecord } from "@/lib/core/export-columns";
import { FILTER_PARAMS, parseMilestoneFilters, type FilterOptions, type MilestoneFilters } from "@/lib/core/milestone-filters";
import type { MilestoneView } from "@/lib/core/views";
import type { Locale } from "@/lib/core/locales";
import type { FieldError } from "@/lib/server/errors";
import { getMilestoneFilterOptions, wholeTimeline } from "@/lib/server/queries/milestones";
import { badExportRequest, exportResponse, type ExportFormat } from "./stream";

/**
 * The milestone timeline as a download, with exactly the timeline's filters and order. The page
 * shows one page of the timeline; a file holds every matching milestone, read in keyset batches
 * of CHUNK (wholeTimeline) and written out batch by batch, so memory holds one batch at a time.
 * Larger than a page of the timeline: fewer round trips (10,000 milestones read in about 0.3 s).
 */
const CHUNK = 1000;

export function toMilestoneExportRecord(m: MilestoneView, origin: string): MilestoneExportRecord {
  return {
    slug: m.slug,
    date: isoPartial(m.date),
    precision: m.date.precision,
    status: m.status,
    title: m.title,
    lang: m.lang,
    translations: m.translations,
    track: m.track,
    type: m.type,
    forums: m.forums.map(({ slug, name }) => ({ slug, name })),
    situation: m.situation,
    whatChanged: m.whatChanged,
    sources: m.citations.map((c) => ({ title: c.title, url: c.url, locator: c.locator })),
    isSynthetic: m.isSynthetic,
    url: `${origin}/milestones/${encodeURIComponent(m.slug)}`,
  };
}

export async function* milestoneExportPages(filters: MilestoneFilters, origin: string): AsyncGenerator<MilestoneExportRecord[]> {
  for await (const milestones of wholeTimeline(filters, CHUNK)) {
    yield milestones.map((m) => toMilestoneExportRecord(m, origin));
  }
}

/**
 * GET /milestones/export.csv|json?track=&type=&forum=&year=: the download, or a 400 naming each bad
 * or unknown parameter. The timeline page sets a bad filter aside with a notice; an export refuses,
 * so a file never silently holds more than was asked for.
 */
export async function exportMilestones(input: {
  format: ExportFormat;
  params: Record<string, string | string[]>;
  origin: string;
  now: Date;
  options?: FilterOptions;
  /** The language of a refusal a person reads (CSV); English by default. */
  locale?: Locale;
}): Promise<Response> {
  const options = input.options ?? (await getMilestoneFilterOptions());
  const errors: FieldError[] = Object.keys(input.params)
    .filter((name) => !(FILTER_PARAMS as readonly string[]).includes(name))
    .map((parameter) => ({ parameter, message: `Unknown parameter "${parameter}". Allowed parameters: ${FILTER_PARAMS.join(", ")}.`, allowed: FILTER_PARAMS }));
  const { filters, issues } = parseMilestoneFilters(input.params, options);
  for (const issue of issues) {
    errors.push({ parameter: issue.param, message: issue.message.replace(/; (this filter was ignored|only the first value, .*)\.$/, "."), allowed: issue.allowed.map((o) => o.value) });
  }
  if (errors.length > 0) return badExportRequest(input.format, "milestone", errors, input.locale);
  return exportResponse({
    format: input.format,
    pages: milestoneExportPages(filters, input.origin),
    columns: MILESTONE_EXPORT_COLUMNS,
    filename: exportFilename("milestones", isoToday(input.now), input.format),
  });
}
