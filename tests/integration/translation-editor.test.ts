/**
 * The translation editor's use case (docs/decisions/043-translation-editor.md) against a real
 * Postgres: each state with what it needs, refusals naming the field (in both languages) and
 * leaving the rows as they were, the version check, who may, unknown records and fields, the
 * audit trail, the held vocabulary following the save, and the seed leaving an edited row alone.
 */
import { describe, expect, it } from "vitest";
import { localizeMessage } from "@/lib/core/message-texts";
import type { Actor } from "@/lib/server/actor";
import { AppError } from "@/lib/server/errors";
import { loadVocabulary, vocabularyIn } from "@/lib/server/jurisdiction";
import { listTranslations } from "@/lib/server/translations/list-translations";
import { setTranslation } from "@/lib/server/translations/set-translation";
import { seedReferenceData } from "@/prisma/seed/seed";
import { seededDatabase } from "@/tests/support/seeded-database";

const seeded = seededDatabase("tracker_translation_editor", { users: (role) => `Olena ${role.toLowerCase()}` });

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

/** The stored rows and audit events of translations: a refusal leaves both as they were. */
async function snapshot() {
  const p = seeded.database.prisma;
  const [rows, audits] = await Promise.all([
    p.translation.findMany({ orderBy: { id: "asc" }, select: { id: true, state: true, text: true, sourceId: true, sourceLocator: true, translatedBy: true, note: true, version: true } }),
    p.auditEvent.count({ where: { entityType: "Translation" } }),
  ]);
  return { rows, audits };
}

async function stored(entityType: string, slug: string, field: string) {
  const table = entityType.charAt(0).toLowerCase() + entityType.slice(1);
  const record = await (seeded.database.prisma as unknown as Record<string, { findUnique(a: unknown): Promise<{ id: string } | null> }>)[table]!.findUnique({ where: { slug }, select: { id: true } });
  return seeded.database.prisma.translation.findUnique({ where: { entityType_entityId_field_locale: { entityType, entityId: record!.id, field, locale: "uk" } } });
}

const at = (entity: string, slug: string, field: string) => ({ entity, slug, field, locale: "uk" });
/** A policy recorded after the seed, which the seed neither translates nor touches. */
const ADDED_POLICY = "added-since-the-seed";
const today = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Kyiv" }).format(new Date());

describe("setting a translation", () => {
  it("corrects a translation: credited to the admin by name, dated today in Kyiv, version bumped, audited", async () => {
    const before = (await stored("CrimeCategory", "war-crimes", "name"))!;
    const saved = await setTranslation({ actor: seeded.actors.admin, input: { ...at("CrimeCategory", "war-crimes", "name"), state: "translated", text: "Воєнні злочини (виправлено)", expectedVersion: before.version } });
    expect(saved).toMatchObject({ state: "TRANSLATED", text: "Воєнні злочини (виправлено)", translatedBy: "Olena admin", translatedOn: today(), version: before.version + 1, recorded: "War crimes" });
    const event = await seeded.database.prisma.auditEvent.findFirst({ where: { entityType: "Translation", entityId: before.id, actorId: (seeded.actors.admin as { id: string }).id } });
    expect(event).toMatchObject({ action: "UPDATE", before: { state: "TRANSLATED", text: "Воєнні злочини" }, after: { entity: "CrimeCategory", slug: "war-crimes", field: "name", locale: "uk", text: "Воєнні злочини (виправлено)", version: before.version + 1 } });
  });

  it("records an official text with its recorded official source and where it gives it, and clears the translator", async () => {
    const before = (await stored("CrimeCategory", "ecocide", "name"))!;
    const saved = await setTranslation({
      actor: seeded.actors.admin,
      input: { ...at("CrimeCategory", "ecocide", "name"), state: "OFFICIAL", text: "Екоцид", source: "criminal-code-of-ukraine", sourceLocator: "Стаття 441", expectedVersion: before.version },
    });
    expect(saved).toMatchObject({ state: "OFFICIAL", source: { slug: "criminal-code-of-ukraine" }, sourceLocator: "Стаття 441", translatedBy: null, translatedOn: null });
  });

  it("withdraws a translation to missing with a reason; a field never translated is created; the list reads both", async () => {
    const before = (await stored("Situation", "sudan", "name"))!;
    const withdrawn = await setTranslation({ actor: seeded.actors.admin, input: { ...at("Situation", "sudan", "name"), state: "MISSING", note: "To be checked against the MFA's usage.", expectedVersion: before.version } });
    expect(withdrawn).toMatchObject({ state: "MISSING", text: null, note: "To be checked against the MFA's usage.", translatedBy: null, version: before.version + 1 });
    // The seed gives every field of its own records a row (translated or missing); a policy recorded since has none.
    const source = await seeded.database.prisma.source.findFirstOrThrow({ select: { id: true } });
    await seeded.database.prisma.complementarityPolicy.create({ data: { slug: ADDED_POLICY, kind: "RECOMMENDATION", statement: "Prioritise the top leadership.", proposedBy: "An analyst", sourceId: source.id } });
    expect(await stored("ComplementarityPolicy", ADDED_POLICY, "statement")).toBeNull();
    const created = await setTranslation({ actor: seeded.actors.admin, input: { ...at("ComplementarityPolicy", ADDED_POLICY, "statement"), state: "TRANSLATED", text: "Політика: найвище керівництво.", expectedVersion: 0 } });
    expect(created).toMatchObject({ stored: true, version: 1, state: "TRANSLATED" });
    // A field nobody translated yet: the editor creates its row.
    const { translations, counts } = await listTranslations({ entity: "ComplementarityPolicy", state: null, q: "найвище керівництво", locale: "uk" });
    expect(translations.map((t) => `${t.slug}.${t.field}:${t.state}`)).toEqual(expect.arrayContaining([`${ADDED_POLICY}.statement:TRANSLATED`]));
    expect(counts.TRANSLATED).toBeGreaterThanOrEqual(1);
    const missing = await listTranslations({ entity: "Situation", state: "MISSING", locale: "uk" });
    expect(missing.translations.find((t) => t.slug === "sudan" && t.field === "name")).toMatchObject({ stored: true, note: "To be checked against the MFA's usage." });
  });

  it("the held vocabulary shows the new name right after the save", async () => {
    const modes = async () => vocabularyIn(await loadVocabulary(), "uk").modes.find((m) => m.slug === "direct")!.shown;
    expect(await modes()).toMatchObject({ missing: true });
    const row = (await stored("ModeOfLiability", "direct", "name"))!;
    await setTranslation({ actor: seeded.actors.admin, input: { ...at("ModeOfLiability", "direct", "name"), state: "TRANSLATED", text: "Безпосереднє вчинення (перевірено юристом)", expectedVersion: row.version } });
    expect(await modes()).toMatchObject({ text: "Безпосереднє вчинення (перевірено юристом)", missing: false, state: "TRANSLATED", translatedBy: "Olena admin" });
  });

  it.each([
    ["translated without a text", { state: "TRANSLATED" }, ["text"]],
    ["official without a source or locator", { state: "OFFICIAL", text: "Геноцид" }, ["source", "sourceLocator"]],
    ["missing with a text and no reason", { state: "MISSING", text: "Геноцид" }, ["note", "text"]],
    ["a source on a translation", { state: "TRANSLATED", text: "Геноцид", source: "rome-statute", sourceLocator: "Стаття 6" }, ["source", "sourceLocator"]],
    ["an unknown state", { state: "GUESSED", text: "Геноцид" }, ["state"]],
    ["no version", { state: "TRANSLATED", text: "Геноцид" }, ["expectedVersion"]],
  ])("refuses %s, naming the field, in both languages, writing nothing", async (_, fields, parameters) => {
    const version = (await stored("CrimeCategory", "genocide", "name"))!.version;
    const input = { ...at("CrimeCategory", "genocide", "name"), ...("state" in fields && !parameters.includes("expectedVersion") ? { expectedVersion: version } : {}), ...fields };
    const before = await snapshot();
    const error = await refusal(setTranslation({ actor: seeded.actors.admin, input }));
    expect(error.code).toBe("INVALID_INPUT");
    const errors = error.details.errors ?? [];
    expect(errors.map((e) => e.parameter).sort()).toEqual(parameters);
    for (const e of errors) expect(localizeMessage(e.message, "uk"), e.message).toMatch(/[а-яіїєґ]/i);
    expect(await snapshot()).toEqual(before);
  });

  it("refuses an official text cited from a source that is not official, or unknown, naming source", async () => {
    const version = (await stored("CrimeCategory", "genocide", "name"))!.version;
    const secondary = await seeded.database.prisma.source.findFirstOrThrow({ where: { kind: { not: "OFFICIAL" } }, select: { slug: true } });
    for (const source of [secondary.slug, "no-such-source"]) {
      const before = await snapshot();
      const error = await refusal(setTranslation({ actor: seeded.actors.admin, input: { ...at("CrimeCategory", "genocide", "name"), state: "OFFICIAL", text: "Геноцид", source, sourceLocator: "Стаття 6", expectedVersion: version } }));
      expect(error.details.errors?.map((e) => e.parameter)).toEqual(["source"]);
      expect(localizeMessage(error.message, "uk")).toMatch(/^source: /);
      expect(localizeMessage(error.message, "uk")).toMatch(/джерел/);
      expect(await snapshot()).toEqual(before);
    }
  });

  it("refuses a stale version with both versions, the user's text kept, and overwrites nothing", async () => {
    const row = (await stored("Forum", "icc", "shortName"))!;
    await setTranslation({ actor: seeded.actors.admin, input: { ...at("Forum", "icc", "shortName"), state: "TRANSLATED", text: "МКС (перший)", expectedVersion: row.version } });
    const before = await snapshot();
    const error = await refusal(setTranslation({ actor: seeded.actors.admin, input: { ...at("Forum", "icc", "shortName"), state: "TRANSLATED", text: "МКС (другий)", expectedVersion: row.version } }));
    expect(error.code).toBe("CONFLICT");
    expect(error.details.current).toMatchObject({ text: "МКС (перший)", version: row.version + 1 });
    expect(error.details.yours).toMatchObject({ text: "МКС (другий)", version: row.version });
    expect(localizeMessage(error.message, "uk")).toMatch(/змінив хтось інший/);
    expect(await snapshot()).toEqual(before);
    // A first translation of a field someone else translated meanwhile: the same.
    const first = await refusal(setTranslation({ actor: seeded.actors.admin, input: { ...at("ComplementarityPolicy", ADDED_POLICY, "statement"), state: "TRANSLATED", text: "Інший опис.", expectedVersion: 0 } }));
    expect(first.code).toBe("CONFLICT");
  });

  it.each([
    ["anonymous", { kind: "anonymous" } as Actor, "UNAUTHENTICATED"],
    ["a viewer", "viewer", "FORBIDDEN"],
    ["an analyst", "analyst", "FORBIDDEN"],
  ] as const)("refuses %s", async (_, who, code) => {
    const actor = typeof who === "string" ? seeded.actors[who] : who;
    const before = await snapshot();
    const error = await refusal(setTranslation({ actor, input: { ...at("CrimeCategory", "genocide", "name"), state: "TRANSLATED", text: "Геноцид!", expectedVersion: 1 } }));
    expect(error.code).toBe(code);
    expect(localizeMessage(error.message, "uk")).toMatch(/[а-яіїєґ]/i);
    expect(await snapshot()).toEqual(before);
  });

  it.each([
    ["an unknown model", at("Court", "icc", "name"), "INVALID_INPUT", ["entity"]],
    ["a model translated on its own form", at("Milestone", "x", "title"), "INVALID_INPUT", ["entity"]],
    ["a field that is not translatable", at("Forum", "icc", "slug"), "INVALID_INPUT", ["field"]],
    ["the recorded language", { ...at("Forum", "icc", "name"), locale: "en" }, "INVALID_INPUT", ["locale"]],
    ["an unknown record", at("Forum", "no-such-forum", "name"), "NOT_FOUND", []],
  ] as const)("refuses %s (%s), not a 500", async (_, target, code, parameters) => {
    const before = await snapshot();
    const error = await refusal(setTranslation({ actor: seeded.actors.admin, input: { ...target, state: "TRANSLATED", text: "Текст", expectedVersion: 1 } }));
    expect(error.code).toBe(code);
    expect((error.details.errors ?? []).map((e) => e.parameter)).toEqual(parameters);
    expect(localizeMessage(error.message, "uk")).toMatch(/[а-яіїєґ]/i);
    expect(await snapshot()).toEqual(before);
  });
});

describe("seeding again", () => {
  it("leaves every row a person edited, withdrew or created as it is", async () => {
    const edited = async () => ({
      warCrimes: (await stored("CrimeCategory", "war-crimes", "name"))!.text,
      ecocide: (await stored("CrimeCategory", "ecocide", "name"))!.state,
      sudan: (await stored("Situation", "sudan", "name"))!.state,
      addedPolicy: (await stored("ComplementarityPolicy", ADDED_POLICY, "statement"))!.text,
    });
    const before = await edited();
    expect(before).toEqual({ warCrimes: "Воєнні злочини (виправлено)", ecocide: "OFFICIAL", sudan: "MISSING", addedPolicy: "Політика: найвище керівництво." });
    const report = await seedReferenceData(seeded.database.prisma);
    expect(report.updated).toBe(0);
    expect(await edited()).toEqual(before);
  });
});
