import "server-only";
import type { CaseChargeView, CaseFormOptions, HistoryEntry, Option, StageEntryView } from "@/lib/core/views";
import { cache } from "react";
import { accusedRowRef, EMPTY_SOURCE, type CaseFormValues, type FailedDuty, type KnowledgeStandard } from "@/lib/core/case-input";
import { fromIsoDate, isoPartial, type PartialDate, type Precision } from "@/lib/core/dates";
import type { CaseStage, Citation, MilestoneRef, NamedRef } from "@/lib/core/views";
import { Prisma } from "@/lib/generated/prisma/client";
import { db, readRows } from "@/lib/server/db";
import { partial, SOURCE_JSON, toCitation } from "./shared";
import { auditHistory } from "./milestone-history";

/**
 * The case page, its forms and its history: one case with its accused, charges, dated stages,
 * sources and milestones, fetched with only the columns the pages render.
 */

export type CaseAccusedView = {
  slug: string;
  name: string;
  nameOriginal: string | null;
  kind: NamedRef;
  rank: string | null;
  level: NamedRef | null;
  description: string | null;
  isSynthetic: boolean;
};



export type CasePageView = {
  id: string;
  slug: string;
  version: number;
  reference: string | null;
  title: string;
  summary: string | null;
  stage: CaseStage;
  stageDate: PartialDate;
  openedOn: PartialDate;
  inAbsentia: boolean;
  isSynthetic: boolean;
  forum: { slug: string; name: string; shortName: string };
  situation: NamedRef;
  accused: CaseAccusedView[];
  charges: CaseChargeView[];
  stages: StageEntryView[];
  citations: Citation[];
  milestones: MilestoneRef[];
};

type SourceJson = { slug: string; kind: Citation["kind"]; title: string; publisher: string | null; authors: string | null; url: string | null; publishedOn: string | null; publishedOnPrecision: Precision | null };
/** The statement's row: the view's own fields as they are, dates as text, and what the view is built from. */
type CasePageRow = Pick<CasePageView, "id" | "slug" | "version" | "reference" | "title" | "summary" | "stage" | "inAbsentia" | "isSynthetic" | "forum" | "situation" | "charges"> & {
  stageOn: string;
  stagePrecision: Precision;
  openedOn: string;
  openedPrecision: Precision;
  deleted: boolean;
  accused: (CaseAccusedView & { deleted: boolean })[];
  stages: (Pick<StageEntryView, "id" | "stage" | "inAbsentia" | "note" | "recordedBy"> & { occurredOn: string; precision: Precision; sourceLocator: string | null; source: SourceJson | null; createdAtMs: number })[];
  sources: { locator: string | null; source: SourceJson }[];
  milestones: { slug: string; title: string; occurredOn: string; precision: Precision }[];
};

const citationOf = (source: SourceJson, locator: string | null): Citation =>
  toCitation({ ...source, publishedOn: source.publishedOn ? fromIsoDate(source.publishedOn) : null }, locator);


/**
 * A live case as its page shows it; null for an unknown or deleted case. One statement: Prisma's
 * query compiler spent some 5 ms of the server's CPU on each nested read of a case (decision 016),
 * the page's largest cost under load.
 */
export const getCasePage = cache(async (slug: string): Promise<CasePageView | null> => {
  const [row] = await readRows<CasePageRow>(Prisma.sql`
    SELECT c.id, c.slug, c.version, c.reference, c.title, c.summary, c.stage::text AS stage,
           to_char(c."stageOn", 'YYYY-MM-DD') AS "stageOn", c."stagePrecision"::text AS "stagePrecision",
           to_char(c."openedOn", 'YYYY-MM-DD') AS "openedOn", c."openedPrecision"::text AS "openedPrecision",
           c."inAbsentia", c."isSynthetic", c."deletedAt" IS NOT NULL AS deleted,
           json_build_object('slug', f.slug, 'name', f.name, 'shortName', f."shortName") AS forum,
           json_build_object('slug', s.slug, 'name', s.name) AS situation,
           (SELECT coalesce(json_agg(json_build_object('slug', a.slug, 'name', a.name, 'nameOriginal', a."nameOriginal", 'rank', a.rank,
                     'description', a.description, 'isSynthetic', a."isSynthetic", 'deleted', a."deletedAt" IS NOT NULL,
                     'kind', json_build_object('slug', k.slug, 'name', k.name),
                     'level', CASE WHEN l.id IS NULL THEN NULL ELSE json_build_object('slug', l.slug, 'name', l.name) END)), '[]')
              FROM "CaseAccused" ca JOIN "Accused" a ON a.id = ca."accusedId" JOIN "AccusedKind" k ON k.id = a."kindId"
              LEFT JOIN "ResponsibilityLevel" l ON l.id = a."levelId"
             WHERE ca."caseId" = c.id) AS accused,
           (SELECT coalesce(json_agg(json_build_object('id', ch.id,
                     'against', CASE WHEN ac.id IS NULL THEN NULL ELSE json_build_object('slug', ac.slug, 'name', ac.name) END,
                     'crime', json_build_object('slug', cc.slug, 'name', cc.name), 'mode', json_build_object('slug', m.slug, 'name', m.name),
                     'provisionCited', ch."provisionCited", 'provision', p.slug, 'description', ch.description,
                     'knowledgeStandard', ch."knowledgeStandard", 'failedDuties', coalesce(ch."failedDuties", '{}')) ORDER BY ch."createdAt", ch.id), '[]')
              FROM "Charge" ch LEFT JOIN "Accused" ac ON ac.id = ch."accusedId" JOIN "CrimeCategory" cc ON cc.id = ch."crimeId"
              JOIN "ModeOfLiability" m ON m.id = ch."modeId" LEFT JOIN "Provision" p ON p.id = ch."provisionId"
             WHERE ch."caseId" = c.id) AS charges,
           (SELECT coalesce(json_agg(json_build_object('id', st.id, 'stage', st.stage, 'occurredOn', st."occurredOn", 'precision', st.precision,
                     'inAbsentia', st."inAbsentia", 'note', st.note, 'sourceLocator', st."sourceLocator",
                     'source', CASE WHEN so.id IS NULL THEN NULL ELSE ${SOURCE_JSON} END, 'recordedBy', u.name,
                     'createdAtMs', (extract(epoch FROM st."createdAt") * 1000)::bigint) ORDER BY st."createdAt", st.id), '[]')
              FROM "StageChange" st LEFT JOIN "Source" so ON so.id = st."sourceId" LEFT JOIN "User" u ON u.id = st."recordedById"
             WHERE st."caseId" = c.id) AS stages,
           (SELECT coalesce(json_agg(json_build_object('locator', cs.locator, 'source', ${SOURCE_JSON}) ORDER BY so.title, so.slug), '[]')
              FROM "CaseSource" cs JOIN "Source" so ON so.id = cs."sourceId" WHERE cs."caseId" = c.id) AS sources,
           (SELECT coalesce(json_agg(json_build_object('slug', mi.slug, 'title', mi.title, 'occurredOn', mi."occurredOn", 'precision', mi.precision)
                     ORDER BY mi."occurredOn", mi.slug), '[]')
              FROM "_CaseToMilestone" t JOIN "Milestone" mi ON mi.id = t."B"
             WHERE t."A" = c.id AND mi."deletedAt" IS NULL) AS milestones
      FROM "Case" c JOIN "Forum" f ON f.id = c."forumId" JOIN "Situation" s ON s.id = c."situationId"
     WHERE c.slug = ${slug}`, { prepared: true });
  if (!row || row.deleted) return null;
  return {
    id: row.id,
    slug: row.slug,
    version: row.version,
    reference: row.reference,
    title: row.title,
    summary: row.summary,
    stage: row.stage,
    stageDate: { date: row.stageOn, precision: row.stagePrecision },
    openedOn: { date: row.openedOn, precision: row.openedPrecision },
    inAbsentia: row.inAbsentia,
    isSynthetic: row.isSynthetic,
    forum: row.forum,
    situation: row.situation,
    accused: row.accused
      .filter((a) => !a.deleted)
      .sort((a, b) => a.name.localeCompare(b.name) || a.slug.localeCompare(b.slug))
      .map(({ deleted: _, ...a }) => a),
    // The statement builds each charge in the view's shape.
    charges: row.charges,
    stages: row.stages.map((s) => ({
      id: s.id,
      stage: s.stage,
      date: { date: s.occurredOn, precision: s.precision },
      inAbsentia: s.inAbsentia,
      note: s.note,
      citation: s.source ? citationOf(s.source, s.sourceLocator) : null,
      recordedBy: s.recordedBy,
      recordedAt: new Date(Number(s.createdAtMs)),
    })),
    citations: row.sources.map((s) => citationOf(s.source, s.locator)),
    milestones: row.milestones.map((m) => ({ slug: m.slug, title: m.title, date: { date: m.occurredOn, precision: m.precision } })),
  };
});

// ---------------------------------------------------------------------------------------------
// The forms.


/** The records the case form offers: every choice is a record that exists. */
export async function getCaseFormOptions(): Promise<CaseFormOptions> {
  const order = [{ sortOrder: "asc" as const }, { name: "asc" as const }];
  const [forums, situations, accused, kinds, levels, crimes, modes, milestones] = await Promise.all([
    db.forum.findMany({ orderBy: order, select: { slug: true, name: true } }),
    db.situation.findMany({ orderBy: order, select: { slug: true, name: true } }),
    db.accused.findMany({ where: { deletedAt: null }, orderBy: { name: "asc" }, select: { slug: true, name: true, rank: true, kind: { select: { name: true } } } }),
    db.accusedKind.findMany({ orderBy: order, select: { slug: true, name: true } }),
    db.responsibilityLevel.findMany({ orderBy: order, select: { slug: true, name: true } }),
    db.crimeCategory.findMany({ orderBy: order, select: { slug: true, name: true } }),
    db.modeOfLiability.findMany({ orderBy: order, select: { slug: true, name: true } }),
    db.milestone.findMany({ where: { deletedAt: null }, orderBy: { occurredOn: "desc" }, select: { slug: true, title: true, occurredOn: true, precision: true } }),
  ]);
  const option = (r: { slug: string; name: string }) => ({ value: r.slug, label: r.name });
  return {
    forums: forums.map(option),
    situations: situations.map(option),
    accused: accused.map((a) => ({ value: a.slug, label: a.rank ? `${a.name} (${a.rank})` : a.name, hint: a.kind.name })),
    kinds: kinds.map(option),
    levels: levels.map(option),
    crimes: crimes.map(option),
    modes: modes.map(option),
    milestones: milestones.map((m) => ({ value: m.slug, label: m.title, hint: isoPartial(partial(m.occurredOn, m.precision)) })),
  };
}

/** A live case as the edit form shows it, with the version it was read at; null when unknown or deleted. */
export async function getCaseFormValues(slug: string) {
  const c = await getCasePage(slug);
  if (!c) return null;
  const rowOf = new Map(c.accused.map((a, i) => [a.slug, i]));
  const sources = await db.caseSource.findMany({
    where: { case: { slug } },
    orderBy: { source: { title: "asc" } },
    select: { locator: true, source: { select: { slug: true, title: true, url: true, publisher: true } } },
  });
  const values: CaseFormValues = {
    reference: c.reference ?? "",
    title: c.title,
    summary: c.summary ?? "",
    forum: c.forum.slug,
    situation: c.situation.slug,
    accused: c.accused.map((a) => ({ slug: a.slug, name: "", nameUkrainian: "", kind: "", rank: "", level: "", description: "" })),
    charges: c.charges.map((ch) => ({
      accused: ch.against && rowOf.has(ch.against.slug) ? accusedRowRef(rowOf.get(ch.against.slug)!) : "",
      crime: ch.crime.slug,
      mode: ch.mode.slug,
      provisionCited: ch.provisionCited,
      provision: ch.provision ?? "",
      description: ch.description ?? "",
      knowledgeStandard: ch.knowledgeStandard ?? "",
      failedDuties: ch.failedDuties,
    })),
    sources: sources.map((s) => ({ ...EMPTY_SOURCE, slug: s.source.slug, title: s.source.title, url: s.source.url ?? "", publisher: s.source.publisher ?? "", locator: s.locator ?? "" })),
    milestones: c.milestones.map((m) => m.slug),
    isSynthetic: c.isSynthetic,
    expectedVersion: String(c.version),
    stage: "",
    stageDate: "",
    stageInAbsentia: false,
    stageNote: "",
  };
  return { case: c, values };
}

// ---------------------------------------------------------------------------------------------
// The history.

/**
 * A case's history, newest first, with the case's own field names ("Case number", "Charges"); a
 * deleted case is found too (the caller decides who may see it).
 */
export async function getCaseHistory(slug: string): Promise<{ case: { id: string; slug: string; title: string; version: number; deletedAt: Date | null }; entries: HistoryEntry[] } | null> {
  const found = await db.case.findUnique({ where: { slug }, select: { id: true, slug: true, title: true, version: true, deletedAt: true } });
  if (!found) return null;
  const entries = await auditHistory("Case", found.id);
  return { case: found, entries };
}
