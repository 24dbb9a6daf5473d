import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "../transaction";
import type { AccusedWrite } from "@/lib/core/import/merge";
import type { chargeData, newCaseData } from "../cases/write-case-sets";

/**
 * The batch import's writes as set-based statements: one INSERT … SELECT per table and batch,
 * inside the import's transaction. The columns and values are those Prisma writes for the same
 * rows: ids made in node (ids.ts, cuid-shaped), timestamps given explicitly (Prisma stamps
 * `@default(now())` and `@updatedAt` itself, in UTC, at millisecond precision), dates as ISO
 * calendar dates, no failed duties as an empty list.
 *
 * The rows travel as ONE text parameter: their JSON, in base64. Prisma passes every raw query's
 * parameters through its query compiler, at about a microsecond per array element and per
 * character it must escape (every quote of a JSON text), but little per plain character: a
 * thousand cases as arrays cost node some 20 ms a statement, as base64 a few. Postgres decodes
 * and reads them with json_to_recordset, typed by the column list; rows carrying a jsonb column
 * (the audit's pictures) are read as jsonb at once, which spares parsing each picture twice.
 */
export function recordset(rows: readonly object[], as: "json" | "jsonb" = "json"): Prisma.Sql {
  return Prisma.sql`${Prisma.raw(as)}_to_recordset(convert_from(decode(${Buffer.from(JSON.stringify(rows), "utf8").toString("base64")}, 'base64'), 'UTF8')::${Prisma.raw(as)})`;
}

/** A list of texts as one parameter, likewise: `= ANY(${textList(…)})`. */
export function textList(values: readonly string[]): Prisma.Sql {
  return Prisma.sql`ARRAY(SELECT json_array_elements_text(convert_from(decode(${Buffer.from(JSON.stringify(values), "utf8").toString("base64")}, 'base64'), 'UTF8')::json))`;
}

/** A moment as a `timestamp(3)` (without time zone: Prisma keeps UTC there). */
export const timestampOf = (moment: Date) => moment.toISOString().replace("T", " ").replace("Z", "");

export type AccusedRow = AccusedWrite & { id: string; slug: string; externalId: string; isSynthetic: boolean };

export async function insertAccused(tx: Tx, rows: AccusedRow[], at: Date): Promise<void> {
  if (rows.length === 0) return;
  const stamp = timestampOf(at);
  await tx.$executeRaw`
    INSERT INTO "Accused" (id, slug, "externalId", name, "nameOriginal", "kindId", rank, "levelId", description, "isSynthetic", "createdAt", "updatedAt")
    SELECT t.id, t.slug, t."externalId", t.name, t."nameOriginal", t."kindId", t.rank, t."levelId", t.description, t."isSynthetic", ${stamp}::timestamp(3), ${stamp}::timestamp(3)
      FROM ${recordset(rows)}
        AS t(id text, slug text, "externalId" text, name text, "nameOriginal" text, "kindId" text, rank text, "levelId" text, description text, "isSynthetic" boolean)`;
}

/** A new case's row as createCase writes it (newCaseData), its dates as ISO calendar dates. */
export type CaseRowValues = Omit<ReturnType<typeof newCaseData>, "stageOn" | "openedOn"> & {
  id: string;
  slug: string;
  externalId: string;
  stageOn: string;
  openedOn: string;
  /** The search document's accused and charges texts (search-document.ts): the case is written once, with its document. */
  accusedText: string | null;
  chargesText: string | null;
  /** Its title and summary in other languages (decision 042), as the document's rebuild joins them; absent when none. */
  otherTitles?: string;
  otherSummaries?: string;
};

export async function insertCases(tx: Tx, rows: CaseRowValues[], at: Date): Promise<void> {
  if (rows.length === 0) return;
  const stamp = timestampOf(at);
  await tx.$executeRaw`
    INSERT INTO "Case" (id, slug, "externalId", reference, title, summary, lang, "forumId", "situationId", stage, "stageOn", "stagePrecision", "openedOn", "openedPrecision",
                        "inAbsentia", "isSynthetic", "searchVector", "createdAt", "updatedAt")
    SELECT t.id, t.slug, t."externalId", t.reference, t.title, t.summary, t.lang, t."forumId", t."situationId", t.stage, t."stageOn", t."stagePrecision", t."openedOn", t."openedPrecision",
           t."inAbsentia", t."isSynthetic", case_search_document(t.reference, t.title || coalesce(' ' || t."otherTitles", ''), t."accusedText", t."chargesText", concat_ws(' ', t.summary, t."otherSummaries")), ${stamp}::timestamp(3), ${stamp}::timestamp(3)
      FROM ${recordset(rows)}
        AS t(id text, slug text, "externalId" text, reference text, title text, summary text, lang text, "forumId" text, "situationId" text, stage "CaseStage", "stageOn" date,
             "stagePrecision" "DatePrecision", "openedOn" date, "openedPrecision" "DatePrecision", "inAbsentia" boolean, "isSynthetic" boolean, "accusedText" text, "chargesText" text,
             "otherTitles" text, "otherSummaries" text)`;
}

export type CaseAccusedRow = { caseId: string; accusedId: string };

export async function insertCaseAccused(tx: Tx, rows: CaseAccusedRow[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.$executeRaw`INSERT INTO "CaseAccused" ("caseId", "accusedId") SELECT t."caseId", t."accusedId" FROM ${recordset(rows)} AS t("caseId" text, "accusedId" text)`;
}

export type ChargeRow = ReturnType<typeof chargeData> & {
  id: string;
  /** Each charge's own moment: the case page lists charges by (createdAt, id), in the file's order. */
  createdAt: string;
};

export async function insertCharges(tx: Tx, rows: ChargeRow[], at: Date): Promise<void> {
  if (rows.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO "Charge" (id, "caseId", "accusedId", "crimeId", "modeId", "provisionCited", "provisionId", description, "knowledgeStandard", "failedDuties", "createdAt", "updatedAt")
    SELECT t.id, t."caseId", t."accusedId", t."crimeId", t."modeId", t."provisionCited", t."provisionId", t.description, t."knowledgeStandard", t."failedDuties", t."createdAt",
           ${timestampOf(at)}::timestamp(3)
      FROM ${recordset(rows)}
        AS t(id text, "caseId" text, "accusedId" text, "crimeId" text, "modeId" text, "provisionCited" text, "provisionId" text, description text,
             "knowledgeStandard" "KnowledgeStandard", "failedDuties" "FailedDuty"[], "createdAt" timestamp(3))`;
}

export type StageRow = { id: string; caseId: string; stage: string; occurredOn: string; precision: string; inAbsentia: boolean; note: string | null };

export async function insertStageChanges(tx: Tx, rows: StageRow[], recordedById: string | null, at: Date): Promise<void> {
  if (rows.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO "StageChange" (id, "caseId", stage, "occurredOn", precision, "inAbsentia", note, "recordedById", "createdAt")
    SELECT t.id, t."caseId", t.stage, t."occurredOn", t.precision, t."inAbsentia", t.note, ${recordedById}::text, ${timestampOf(at)}::timestamp(3)
      FROM ${recordset(rows)}
        AS t(id text, "caseId" text, stage "CaseStage", "occurredOn" date, precision "DatePrecision", "inAbsentia" boolean, note text)`;
}

export type CaseSourceRow = { caseId: string; sourceId: string; locator: string | null };

export async function insertCaseSources(tx: Tx, rows: CaseSourceRow[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.$executeRaw`INSERT INTO "CaseSource" ("caseId", "sourceId", locator) SELECT t."caseId", t."sourceId", t.locator FROM ${recordset(rows)} AS t("caseId" text, "sourceId" text, locator text)`;
}

export type CaseMilestoneRow = { caseId: string; milestoneId: string };

/** Prisma's implicit many-to-many table: "A" is the case, "B" the milestone. */
export async function insertCaseMilestones(tx: Tx, rows: CaseMilestoneRow[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.$executeRaw`INSERT INTO "_CaseToMilestone" ("A", "B") SELECT t."caseId", t."milestoneId" FROM ${recordset(rows)} AS t("caseId" text, "milestoneId" text)`;
}

/** A user's record's text in another language (decision 042): TRANSLATED, by the importing user, dated their day in Kyiv. */
export type TranslationRow = { id: string; entityId: string; field: string; locale: string; text: string };

export async function insertTranslations(tx: Tx, entityType: "Case", rows: TranslationRow[], translatedBy: string, translatedOn: string, at: Date): Promise<void> {
  if (rows.length === 0) return;
  const stamp = timestampOf(at);
  await tx.$executeRaw`
    INSERT INTO "Translation" (id, "entityType", "entityId", field, locale, state, text, "translatedBy", "translatedOn", version, "createdAt", "updatedAt")
    SELECT t.id, ${entityType}::text, t."entityId", t.field, t.locale, 'TRANSLATED'::"TranslationState", t.text, ${translatedBy}::text, ${translatedOn}::date, 1, ${stamp}::timestamp(3), ${stamp}::timestamp(3)
      FROM ${recordset(rows)} AS t(id text, "entityId" text, field text, locale text, text text)`;
}

export type CreateEventRow = { entityType: string; entityId: string; after: Prisma.InputJsonObject };

/** The statement that writes CREATE events, numbered in the order given (the audit trail's ids follow it). */
export function createEventsStatement(rows: CreateEventRow[], actorId: string | null, note: string | null, at: Date): Prisma.Sql {
  return Prisma.sql`
    INSERT INTO "AuditEvent" ("actorId", action, "entityType", "entityId", after, note, at)
    SELECT ${actorId}::text, 'CREATE'::"AuditAction", t."entityType", t."entityId", t.after, ${note}::text, ${timestampOf(at)}::timestamp(3)
      FROM ROWS FROM (${recordset(rows, "jsonb")} AS ("entityType" text, "entityId" text, after jsonb)) WITH ORDINALITY AS t("entityType", "entityId", after, n)
     ORDER BY t.n`;
}
