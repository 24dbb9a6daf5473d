import "server-only";
import { z } from "zod";
import { aliasDeleteSchema, aliasInputSchema } from "@/lib/core/alias-input";
import { annotationDeleteSchema, annotationInputSchema } from "@/lib/core/annotation-input";
import { caseInputSchema, stageChangeInputSchema } from "@/lib/core/case-input";
import { DOCUMENT_TITLE_MAX } from "@/lib/core/document-input";
import { deleteInputSchema } from "@/lib/core/input-fields";
import { ACCEPTED_MEDIA_TYPES } from "@/lib/core/media-type";
import { IMPORT_JSON_EXAMPLES } from "@/lib/core/import/columns";
import { importQuerySchema, MAX_IMPORT_BYTES } from "@/lib/core/import/query";
import { IMPORT_FORMATS, IMPORT_KINDS, type ImportEvent } from "@/lib/core/import/types";
import { milestoneInputSchema } from "@/lib/core/milestone-input";
import { translationInputSchema } from "@/lib/core/translation-input";
import type { Endpoint } from "@/lib/web/openapi";
import { followInputSchema } from "@/lib/server/follows/follow-input";
import * as s from "./schemas";

/**
 * Every endpoint under /api/v1, with the zod schemas its handler parses and answers with. The
 * OpenAPI document (/api/v1/openapi.json) and the /api-docs page are generated from this list.
 * Query schemas are built from the reference data of the moment (`vocabulary`).
 */

const slugParam = (what: string) => [{ name: "slug", description: `The ${what}'s slug, as in its address.` }];
const idParam = (what: string) => [{ name: "id", description: `The ${what}'s slug (or its id).` }];

/** PATCH sends only what changes: the fields are merged with the record and the whole is validated. */
// Users' texts in either language (docs/decisions/042-users-texts-in-either-language.md).
const CASE_LANGUAGES =
  'lang is the language title and summary are written in ("uk" or "en"; default "en"). translations gives them in the other language, { "uk": { "title": …, "summary": … } }: stored as translated by you, today. A translation into the case\'s own language is refused (400, naming the field).';
const NOTE_LANGUAGES =
  'lang is the language the body is written in ("uk" or "en"; default "en"); translations gives the body in the other language, { "en": { "body": … } }. It is read exactly as the note is: signed-in users only, never the case\'s public record.';
const TRANSLATIONS_PATCH = "A translation left out stays as it is; one sent as null or empty is removed.";

function patchOf(schema: z.ZodObject) {
  return z.strictObject(schema.shape).partial().extend({ expectedVersion: z.number().int().positive().describe("The version you edited (409 if it changed since).") });
}

const count = z.number().int().nonnegative();
const problemSchema = z.strictObject({ column: z.string().describe("The CSV header (with the line, for a case's later rows) or JSON field path at fault."), message: z.string() });

/**
 * One line of the import's answer (lib/core/import/types.ts ImportEvent): `progress` lines
 * interleaved with one `row` line per record, in file order, then exactly one `done` or `error`.
 */
export const importEventSchema = z.discriminatedUnion("type", [
  z
    .strictObject({
      type: z.literal("progress"),
      records: count.describe("Records read and checked so far."),
      bytesRead: count.describe("Bytes of the file read so far."),
      totalBytes: count.nullable().describe("The file's size: bytesRead / totalBytes is the fraction done."),
      elapsedMs: count,
    })
    .describe("How far the import has got; at most a few a second."),
  z
    .strictObject({
      type: z.literal("row"),
      line: z.number().int().positive().describe("The record's first line in the file (CSV: the header is line 1)."),
      lastLine: z.number().int().positive().describe("Its last line: a case may span several CSV rows."),
      externalId: z.string().nullable(),
      outcome: z.enum(["created", "updated", "unchanged", "rejected"]).describe("In a dry run, what a commit would do."),
      slug: z.string().nullable().describe("The record's slug in the tracker; null when rejected."),
      problems: z.array(problemSchema).describe("Why the record was rejected: one entry per column at fault."),
    })
    .describe("What one record came to."),
  z
    .strictObject({
      type: z.literal("done"),
      summary: z.strictObject({
        kind: z.enum([...IMPORT_KINDS, "dump"]),
        format: z.enum(IMPORT_FORMATS),
        dryRun: z.boolean(),
        committed: z.boolean().describe("True only when the import was written: a dry run or any rejected record writes nothing."),
        records: count,
        counts: z.strictObject({ created: count, updated: count, unchanged: count, rejected: count }),
        elapsedMs: count,
        reason: z.string().nullable().describe("Why nothing was written, when it was not a dry run and committed is false."),
      }),
    })
    .describe("The last line of an import that read the whole file."),
  z
    .strictObject({
      type: z.literal("error"),
      error: z.strictObject({
        code: z.string().describe('e.g. "invalid_file" for a file that is not well-formed CSV or JSON, or lacks or adds columns.'),
        message: z.string(),
        line: z.number().int().positive().optional().describe("The line of the file at fault, where there is one."),
      }),
    })
    .describe("The last line of an import that stopped: nothing was imported."),
]);

// The documented line is exactly the type the server sends (a compile error otherwise).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const importEventIsFaithful: Same<z.infer<typeof importEventSchema>, ImportEvent> = true;
void importEventIsFaithful;

/** The import's parameters as the handler parses them, with what each means. */
const importQuery = importQuerySchema.extend({
  kind: importQuerySchema.shape.kind.describe("What the file holds. Import sources first: cases and milestones cite them by external id."),
  format: importQuerySchema.shape.format.describe("The file's format; send it with the matching Content-Type."),
  dryRun: importQuerySchema.shape.dryRun.describe("true: check every record and report what would happen, writing nothing. false: import, all or nothing."),
});

// The two questions share their two dates and their statuses; the schemas describe each field.
const TWO_DATES =
  "A question has two dates. `conduct` is when the conduct took place (a day, a month, a year, or a period FROM/TO): what a rule must reach, ratione temporis. " +
  "`asOf` is the architecture in force: the rules as they stood on that day (default today). " +
  "Without `conduct`, every conduct up to asOf is considered, and `periods` says, stretch by stretch of conduct, what each forum can try.";
const FOUR_STATUSES =
  "Each forum is `covers`, `conditional` (with its `conditions`, each of a kind: CASE_FACT, NOT_OPERATIONAL or DATE_PRECISION; all must hold), `excluded` (a recorded rule says so, and why), or `unknown`: " +
  "no rule recorded, the tracker's silence rather than the law's, never counted as an impunity gap. A gap is a profile every forum excludes by a recorded rule.";
const JURISDICTION_DESCRIPTION =
  `For a crime, a kind of accused, a level, a mode of liability and a situation: which forums can try it, and the rules, provisions and sources each answer rests on. ${TWO_DATES} ${FOUR_STATUSES} ` +
  "A forum's `note` says what remains when it covers (the ICC: admissibility under Article 17). `policy` is the complementarity split for the profile (who should take such cases): policy or recommendation, never jurisdiction. Also at /api/jurisdiction.";
const COVERAGE_DESCRIPTION =
  `Every case category (crime, kind of accused, level) against every forum, with the tracked cases in each cell and the rows every forum excludes (gap). ${TWO_DATES} ${FOUR_STATUSES} ` +
  "With policy=on, each cell and row names the policies (complementarity split, not jurisdiction) that speak to it, and `policies` lists them. Also at /api/coverage.";

// Documents (docs/decisions/049-documents-stored-by-fingerprint.md), one pair of routes per kind of record.
const DOCUMENT_UPLOAD =
  "A multipart/form-data body: the document in the field `file` (one per request), optionally `title` (else the file's name) and `language` (`uk` or `en`). " +
  "PDF, HTML, plain text (UTF-8), JPEG or PNG, read from the bytes whatever the name or declared type says; at most 50 MB unless the server's DOCUMENT_MAX_BYTES says otherwise. The file is streamed to the store, never held in memory.";
const documentUploadForm = z.strictObject({
  file: z.file().describe("The document."),
  title: z.string().max(DOCUMENT_TITLE_MAX).optional(),
  language: z.enum(["uk", "en"]).optional(),
});
const sha256Param = [{ name: "sha256", description: "The document's SHA-256 in lowercase hex, as in its `url`." }];

/** A note's documents are seen as the note is, and changed by whoever may edit it (docs/decisions/056-documents-on-notes.md). */
const NOTE_DOCUMENTS = {
  pathParameters: [
    { name: "id", description: "The case's slug." },
    { name: "annotationId", description: "The note's id." },
  ],
  read: "Signed-in users only (any role), as the note itself: 401 for a visitor; 404 for an unknown or deleted note, or a note of another case.",
  write: "The note's author or an admin (403 otherwise); 404 for a deleted note or a note of another case.",
};

function documentEndpoints(path: string, tag: string, what: string, param: "slug" | "id" | "annotationId"): Endpoint[] {
  const note = param === "annotationId";
  const pathParameters = note ? NOTE_DOCUMENTS.pathParameters : [{ name: param, description: `The ${what}'s slug, as in its address.` }];
  const who = note ? NOTE_DOCUMENTS.write : "Analysts and admins.";
  const removal: Endpoint = {
    method: "delete",
    path: `${path}/{sha256}`,
    tag,
    summary: `Remove a document from a ${what}`,
    description:
      `${who} Send the attachment's version as \`expectedVersion\` (or \`?expectedVersion=n\`): 409 if it moved since. The bytes stay (another record may use them); attaching the same file again restores the attachment. 404 if the document is not attached here.`,
    auth: "required",
    pathParameters: [...pathParameters, ...sha256Param],
    query: s.deleteQuery,
    body: { schema: deleteInputSchema },
    response: { status: 200, description: "The removed attachment.", schema: s.documentRecordSchema },
    errors: [400, 401, 403, 404, 409],
  };
  return [
    note
      ? { method: "get", path, tag, summary: `The documents attached to a ${what}`, description: NOTE_DOCUMENTS.read, auth: "required", pathParameters, response: { status: 200, description: "The documents, oldest first.", schema: s.documentsListSchema }, errors: [401, 404] }
      : { method: "get", path, tag, summary: `The documents attached to a ${what}`, description: `Anyone; 404 for an unknown ${what}${what === "source" ? "" : " or a deleted one"}.`, auth: "none", pathParameters, response: { status: 200, description: "The documents, oldest first.", schema: s.documentsListSchema }, errors: [404] },
    {
      method: "post",
      path,
      tag,
      summary: `Attach a document to a ${what}`,
      description:
        `${who} 201 with the document (Location header: its bytes); 200 with the existing one when the same bytes are already attached here (nothing changes). The same bytes attached elsewhere are stored once. ` +
        "A 413 (too large) or 415 (not a kind the tracker takes) names the file and the reason; no refusal stores anything.",
      auth: "required",
      pathParameters,
      rawBody: { description: DOCUMENT_UPLOAD, content: { "multipart/form-data": documentUploadForm } },
      response: { status: 201, description: "The attached document.", schema: s.documentRecordSchema },
      errors: [400, 401, 403, 404, 413, 415],
    },
    removal,
  ];
}

export function apiEndpoints(vocabulary: s.ApiVocabulary): Endpoint[] {
  return [
    // Forums
    { method: "get", path: "/api/v1/forums", tag: "Forums", summary: "List the forums", description: "Every forum, in display order, with its legal basis, source and counts of rules and milestones. A short fixed list: no paging.", auth: "none", query: s.noQuery, response: { status: 200, description: "The forums.", schema: s.forumsListSchema }, errors: [400] },
    { method: "get", path: "/api/v1/forums/{slug}", tag: "Forums", summary: "One forum", description: "The forum, its legal basis, its jurisdiction rules (status placed against today) and its milestones, newest first.", auth: "none", pathParameters: slugParam("forum"), query: s.noQuery, response: { status: 200, description: "The forum.", schema: s.forumDetailSchema }, errors: [400, 404] },

    // Crimes
    { method: "get", path: "/api/v1/crimes", tag: "Crimes", summary: "List the crime categories", description: "Every crime category with its source and the forums covering it today. A short fixed list: no paging.", auth: "none", query: s.noQuery, response: { status: 200, description: "The crimes.", schema: s.crimesListSchema }, errors: [400] },
    { method: "get", path: "/api/v1/crimes/{slug}", tag: "Crimes", summary: "One crime category", description: "The crime and, per forum, the rules that apply to it (those naming it and those naming no crime).", auth: "none", pathParameters: slugParam("crime"), query: s.noQuery, response: { status: 200, description: "The crime.", schema: s.crimeDetailSchema }, errors: [400, 404] },

    // Instruments
    { method: "get", path: "/api/v1/sources", tag: "Sources", summary: "Find recorded sources by their words", description: "The recorded sources whose title, publisher, address, instrument or provision the words name (\"Rome Statute\", \"Article 28\", \"ICC arrest warrants\"), to cite one by its slug in a milestone or a case instead of typing it again.", auth: "none", query: s.sourcesQuery, response: { status: 200, description: "The sources found (at most `limit`).", schema: s.foundSourcesSchema }, errors: [400] },
    { method: "get", path: "/api/v1/instruments", tag: "Instruments", summary: "List the legal instruments", description: "Treaties, statutes, codes and other instruments, by slug, a page at a time.", auth: "none", query: s.instrumentsQuery, response: { status: 200, description: "One page of instruments.", schema: s.instrumentsListSchema }, errors: [400] },
    { method: "get", path: "/api/v1/instruments/{slug}", tag: "Instruments", summary: "One instrument with its provisions", description: "The instrument, the forums based on it and its provisions in the instrument's order, each with its source.", auth: "none", pathParameters: slugParam("instrument"), query: s.noQuery, response: { status: 200, description: "The instrument.", schema: s.instrumentDetailSchema }, errors: [400, 404] },

    // Rules
    { method: "get", path: "/api/v1/rules", tag: "Jurisdiction rules", summary: "List the jurisdiction rules", description: "The rules the jurisdiction engine reasons with, by slug, a page at a time, filtered by forum, crime, effect, situation and the date they are in force.", auth: "none", query: s.rulesQuery(vocabulary), response: { status: 200, description: "One page of rules.", schema: s.rulesListSchema }, errors: [400] },
    { method: "get", path: "/api/v1/rules/{slug}", tag: "Jurisdiction rules", summary: "One jurisdiction rule", description: "The rule with its scope, validity (status placed against today), provision, source and the milestones that opened or closed it.", auth: "none", pathParameters: slugParam("rule"), query: s.noQuery, response: { status: 200, description: "The rule.", schema: s.ruleDetailSchema }, errors: [400, 404] },

    // Questions
    { method: "get", path: "/api/v1/jurisdiction", tag: "Jurisdiction and coverage", summary: "Which forums can try a profile?", description: JURISDICTION_DESCRIPTION, auth: "none", query: s.jurisdictionQuery(vocabulary), response: { status: 200, description: "The answer.", schema: s.jurisdictionSchema }, errors: [400] },
    { method: "get", path: "/api/v1/coverage", tag: "Jurisdiction and coverage", summary: "The coverage matrix", description: COVERAGE_DESCRIPTION, auth: "none", query: s.coverageQuery(vocabulary), response: { status: 200, description: "The matrix.", schema: s.coverageSchema }, errors: [400] },

    // Milestones
    { method: "get", path: "/api/v1/milestones", tag: "Milestones", summary: "The timeline", description: "Milestones matching the timeline's filters, newest first (then by title), a page at a time: `next` is the address of the following page (with the same filters), or null on the last. `matching` counts the milestones matching the filters on every page. A bad or unknown parameter is a 400 naming it. A milestone the words (`q`) found inside a document (its own, or one attached to a source it cites) carries `documentMatch`: the document, its page and the passage.", auth: "none", query: s.milestonesQuery(vocabulary), response: { status: 200, description: "The milestones.", schema: s.milestonesListSchema }, errors: [400] },
    { method: "post", path: "/api/v1/milestones", tag: "Milestones", summary: "Log a milestone", description: "Analysts; effects on rules (opens, closes) need an admin. `lang` is the language the title, description and whatChanged are written in (uk or en; en when left out); `translations` gives them in the other language (`{ \"en\": { \"title\": … } }`), stored as translated by you today. A translation into the milestone's own language is a 400 naming the field.", auth: "required", body: { schema: milestoneInputSchema }, response: { status: 201, description: "The new milestone (Location header).", schema: s.milestoneRecordSchema }, errors: [400, 401, 403, 409] },
    { method: "get", path: "/api/v1/milestones/{id}", tag: "Milestones", summary: "One milestone", auth: "none", pathParameters: idParam("milestone"), response: { status: 200, description: "The milestone with its version.", schema: s.milestoneRecordSchema }, errors: [404] },
    { method: "patch", path: "/api/v1/milestones/{id}", tag: "Milestones", summary: "Change a milestone", auth: "required", pathParameters: idParam("milestone"), description: "In `translations`, a language left out keeps its texts, a text left out keeps its value, a text given as null or empty removes it, and a language given as null removes all of its texts.", body: { schema: patchOf(milestoneInputSchema), description: "Only the fields that change, and expectedVersion." }, response: { status: 200, description: "The milestone with its new version.", schema: s.milestoneRecordSchema }, errors: [400, 401, 403, 404, 409] },
    { method: "delete", path: "/api/v1/milestones/{id}", tag: "Milestones", summary: "Delete (hide) a milestone", description: "Nothing is erased; its history stays. The version may also be sent as ?expectedVersion=n.", auth: "required", pathParameters: idParam("milestone"), query: s.deleteQuery, body: { schema: annotationDeleteSchema }, response: { status: 200, description: "The milestone as it was.", schema: s.milestoneRecordSchema }, errors: [400, 401, 403, 404, 409] },

    // Cases
    { method: "get", path: "/api/v1/cases", tag: "Cases", summary: "The case list", description: "Cases with the list's search, facets, order and keyset pages. Signed in, the search also covers analysts' notes. A case the words (`q`) found inside one of its documents carries `documentMatch` (the document, its page and the passage); otherwise it is null.", auth: "optional", query: s.casesQuery(vocabulary), response: { status: 200, description: "One page of cases with facet counts.", schema: s.casesListSchema }, errors: [400] },
    { method: "post", path: "/api/v1/cases", tag: "Cases", summary: "Record a case", description: CASE_LANGUAGES, auth: "required", body: { schema: caseInputSchema }, response: { status: 201, description: "The new case (Location header).", schema: s.caseRecordSchema }, errors: [400, 401, 403, 409] },
    { method: "get", path: "/api/v1/cases/{id}", tag: "Cases", summary: "One case", auth: "none", pathParameters: idParam("case"), response: { status: 200, description: "The case record with its version.", schema: s.caseRecordSchema }, errors: [404] },
    { method: "patch", path: "/api/v1/cases/{id}", tag: "Cases", summary: "Change a case", description: "A list sent replaces the case's list. The stage changes through /stages.", auth: "required", pathParameters: idParam("case"), body: { schema: patchOf(caseInputSchema), description: `Only the fields that change, and expectedVersion. ${TRANSLATIONS_PATCH}` }, response: { status: 200, description: "The case with its new version.", schema: s.caseRecordSchema }, errors: [400, 401, 403, 404, 409] },
    { method: "delete", path: "/api/v1/cases/{id}", tag: "Cases", summary: "Delete (hide) a case", description: "The version may also be sent as ?expectedVersion=n.", auth: "required", pathParameters: idParam("case"), query: s.deleteQuery, body: { schema: annotationDeleteSchema }, response: { status: 200, description: "The case as it was.", schema: s.caseRecordSchema }, errors: [400, 401, 403, 404, 409] },
    { method: "post", path: "/api/v1/cases/{id}/stages", tag: "Cases", summary: "Record a stage change", description: "The stage rules (docs/decisions/009-case-stages.md) refuse impossible moves with a 400 saying why.", auth: "required", pathParameters: idParam("case"), body: { schema: stageChangeInputSchema }, response: { status: 201, description: "The case.", schema: s.caseRecordSchema }, errors: [400, 401, 403, 404, 409] },

    // Notes
    { method: "get", path: "/api/v1/cases/{id}/annotations", tag: "Notes on cases", summary: "The notes on a case", description: "Signed-in users only (any role), newest first.", auth: "required", pathParameters: [{ name: "id", description: "The case's slug." }], response: { status: 200, description: "The notes.", schema: s.annotationsListSchema }, errors: [401, 404] },
    { method: "post", path: "/api/v1/cases/{id}/annotations", tag: "Notes on cases", summary: "Add a note", description: "Analysts and admins.", auth: "required", pathParameters: [{ name: "id", description: "The case's slug." }], body: { schema: annotationInputSchema, description: NOTE_LANGUAGES }, response: { status: 201, description: "The note, version 1 (Location header).", schema: s.annotationSchema }, errors: [400, 401, 403, 404] },
    { method: "get", path: "/api/v1/cases/{id}/annotations/{annotationId}", tag: "Notes on cases", summary: "One note with every version", auth: "required", pathParameters: [{ name: "id", description: "The case's slug." }, { name: "annotationId", description: "The note's id." }], response: { status: 200, description: "The note.", schema: s.annotationSchema }, errors: [401, 404] },
    { method: "patch", path: "/api/v1/cases/{id}/annotations/{annotationId}", tag: "Notes on cases", summary: "Change a note", description: "The author or an admin. 409 carries both texts (current and yours).", auth: "required", pathParameters: [{ name: "id", description: "The case's slug." }, { name: "annotationId", description: "The note's id." }], body: { schema: patchOf(annotationInputSchema), description: `${NOTE_LANGUAGES} ${TRANSLATIONS_PATCH}` }, response: { status: 200, description: "The note.", schema: s.annotationSchema }, errors: [400, 401, 403, 404, 409] },
    { method: "delete", path: "/api/v1/cases/{id}/annotations/{annotationId}", tag: "Notes on cases", summary: "Delete (hide) a note", description: "The author or an admin. The version may also be sent as ?expectedVersion=n.", auth: "required", pathParameters: [{ name: "id", description: "The case's slug." }, { name: "annotationId", description: "The note's id." }], query: s.deleteQuery, body: { schema: annotationDeleteSchema }, response: { status: 200, description: "The note as it was.", schema: s.annotationSchema }, errors: [400, 401, 403, 404, 409] },

    // Accused's aliases
    { method: "get", path: "/api/v1/accused/{slug}/aliases", tag: "Accused", summary: "An accused's other spellings", auth: "none", description: "The aliases search and the same-person check match, with the accused's updatedAt.", pathParameters: slugParam("accused"), response: { status: 200, description: "The aliases.", schema: s.accusedAliasesSchema }, errors: [404] },
    { method: "post", path: "/api/v1/accused/{slug}/aliases", tag: "Accused", summary: "Add a spelling of an accused's name", description: "Analysts and admins. 409 for a spelling the accused already has (as a name or an alias, whatever its case or apostrophe) or when the accused changed since expectedUpdatedAt.", auth: "required", pathParameters: slugParam("accused"), body: { schema: aliasInputSchema }, response: { status: 201, description: "Every alias and the accused's new updatedAt.", schema: s.accusedAliasesSchema }, errors: [400, 401, 403, 404, 409] },
    { method: "delete", path: "/api/v1/accused/{slug}/aliases/{aliasId}", tag: "Accused", summary: "Remove a spelling of an accused's name", description: "Analysts and admins. The version may also be sent as ?expectedUpdatedAt=….", auth: "required", pathParameters: [...slugParam("accused"), { name: "aliasId", description: "The alias's id." }], query: s.aliasDeleteQuery, body: { schema: aliasDeleteSchema }, response: { status: 200, description: "The remaining aliases and the accused's new updatedAt.", schema: s.accusedAliasesSchema }, errors: [400, 401, 403, 404, 409] },

    // Following
    { method: "get", path: "/api/v1/follows", tag: "Following", summary: "What you follow", auth: "required", response: { status: 200, description: "Your follows.", schema: s.followsListSchema }, errors: [401] },
    { method: "post", path: "/api/v1/follows", tag: "Following", summary: "Follow a case, a forum or a search", description: "200 with the existing follow when it is already followed.", auth: "required", body: { schema: followInputSchema }, response: { status: 201, description: "The new follow.", schema: s.followSchema }, errors: [400, 401, 403, 404] },
    { method: "get", path: "/api/v1/follows/{id}", tag: "Following", summary: "One of your follows", auth: "required", pathParameters: [{ name: "id", description: "The follow's id." }], response: { status: 200, description: "The follow.", schema: s.followSchema }, errors: [401, 404] },
    { method: "delete", path: "/api/v1/follows/{id}", tag: "Following", summary: "Unfollow", auth: "required", pathParameters: [{ name: "id", description: "The follow's id." }], response: { status: 200, description: "The removed follow.", schema: s.followSchema }, errors: [401, 403, 404] },

    // Import
    {
      method: "post",
      path: "/api/v1/imports",
      tag: "Import",
      summary: "Import a file of cases, milestones or sources",
      description:
        "Analysts and admins. Every record is checked with the forms' rules; the import is one transaction, all or nothing: a rejected record, an unreadable file or a client that goes away leaves the database as it was. " +
        "Records carry external ids, so importing a file again updates (or leaves unchanged) what it imported, never duplicates it. " +
        "The answer streams as JSON lines (`application/x-ndjson`): `progress` lines, one `row` line per record in file order, then one `done` (with the summary) or `error`. " +
        "Refusals before any work (credentials, role, parameters, an empty or too large body) are plain JSON errors with their status. Full dumps from `npm run export` are restored on the command line, not here.",
      auth: "required",
      query: importQuery,
      rawBody: {
        description: `Sent as it is (not a form), at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB; one import runs at a time on a server (409 while another runs). CSV: a header row naming the kind's columns (the import page lists them and offers templates), then one row per record (a case may take several consecutive rows). JSON: one array of records.`,
        content: {
          "text/csv": z.string().describe("UTF-8 CSV with a header row."),
          "application/json": z.array(z.record(z.string(), z.unknown())).describe(`An array of records with the forms' fields in camelCase plus externalId, e.g. ${JSON.stringify(IMPORT_JSON_EXAMPLES.sources)}.`),
        },
      },
      response: { status: 200, contentType: "application/x-ndjson", description: "The import as it runs, one JSON object per line (each line's schema is given here): `progress` lines, one `row` per record, then `done` with the summary, or `error`.", schema: importEventSchema },
      errors: [400, 401, 403, 409, 413],
    },

    // Translations of reference data
    { method: "get", path: "/api/v1/translations", tag: "Translations", summary: "The translations of reference data", description: "Every translatable field of the reference records (forums, crimes, levels, modes, kinds of accused, situations, tracks, types, instruments, provisions, rules, policies) with its recorded English and its translation: `OFFICIAL` (with its source), `TRANSLATED` (by whom, when) or `MISSING` (a field never translated is `MISSING` with version 0).", auth: "none", query: s.translationsQuery, response: { status: 200, description: "The fields, missing first.", schema: s.translationsListSchema }, errors: [400] },
    { method: "put", path: "/api/v1/translations/{entity}/{slug}/{field}/{locale}", tag: "Translations", summary: "Set a field's translation", description: "Administrators. `TRANSLATED`: the text, credited to you, dated today (Kyiv). `OFFICIAL`: the text, the slug of a recorded official source and where it gives it. `MISSING`: no text, and why in `note`. Send the version you edited as `expectedVersion` (0 when there was no translation): 409 with both versions when it changed since. Seeding again leaves an edited translation as it is.", auth: "required", pathParameters: [{ name: "entity", description: "The model, as `entity` in the list (Forum, CrimeCategory…)." }, { name: "slug", description: "The record's slug." }, { name: "field", description: "The field (name, description…)." }, { name: "locale", description: "The language translated into (uk)." }], body: { schema: translationInputSchema }, response: { status: 200, description: "The translation with its new version.", schema: s.translationSchema }, errors: [400, 401, 403, 404, 409] },

    // Documents
    ...documentEndpoints("/api/v1/sources/{slug}/documents", "Documents", "source", "slug"),
    ...documentEndpoints("/api/v1/cases/{id}/documents", "Documents", "case", "id"),
    ...documentEndpoints("/api/v1/milestones/{id}/documents", "Documents", "milestone", "id"),
    ...documentEndpoints("/api/v1/cases/{id}/annotations/{annotationId}/documents", "Documents", "note", "annotationId"),
    {
      method: "get",
      path: "/api/v1/documents/{sha256}",
      tag: "Documents",
      summary: "A document's bytes",
      description:
        "Anyone, for a document attached to a live public record; signed-in users also for one attached to a live note (a document attached only to notes is 404 to a visitor, who may not read notes). 404 otherwise. PDFs and images are shown inline; HTML and text come as a download with `Content-Security-Policy: sandbox`, so nothing in them runs. " +
        "Always `X-Content-Type-Options: nosniff`; the SHA-256 is the ETag (304 to a matching `If-None-Match`), and the bytes at an address never change. Append `#page=N` to open a PDF at page N.",
      auth: "none",
      pathParameters: sha256Param,
      response: { status: 200, contentType: ACCEPTED_MEDIA_TYPES, description: "The bytes, of the document's media type.", schema: z.file().describe("The document's bytes.") },
      errors: [404],
    },
    {
      method: "get",
      path: "/api/v1/documents/{sha256}/text",
      tag: "Documents",
      summary: "A document's extracted text",
      description:
        "The text read from the document, as UTF-8 plain text (a PDF's pages separated by a form feed), once its extraction is `DONE`; with `Accept: application/json`, `{ sha256, state, reason, paged, pages: [{ page, text }] }`. " +
        "Until then 409, with `error.text: { state, reason }`: `QUEUED`, ask again later; `FAILED` or `NO_TEXT_LAYER` (a scan), it will not come. 404 as for the bytes.",
      auth: "none",
      pathParameters: sha256Param,
      response: {
        status: 200,
        contentType: "text/plain",
        description: "The extracted text: plain text, or page by page as JSON.",
        schema: z.string().describe("The whole text; a PDF's pages separated by a form feed (U+000C)."),
        otherContent: { "application/json": s.documentTextSchema },
      },
      errors: [404, 409],
    },

    // Account
    { method: "get", path: "/api/v1/me", tag: "Account", summary: "Who the credentials stand for", description: "Check an API token with it.", auth: "required", response: { status: 200, description: "The account.", schema: s.meSchema }, errors: [401] },
  ];
}
