import "server-only";
import { fromIsoDate } from "@/lib/core/dates";
import { EDITABLE_ENTITIES, TRANSLATION_LOCALES, translationInputSchema, type TranslationInput, type TranslationTarget } from "@/lib/core/translation-input";
import { TRANSLATABLE, type TranslatableEntity } from "@/lib/core/translations";
import type { Prisma } from "@/lib/generated/prisma/client";
import { auditActorId, auditNote, requireRole, type Actor } from "../actor";
import { translationDay, translatorName } from "../translations";
import { AppError, type FieldError, parseInput } from "../errors";
import { inTransaction, TX_OPTIONS, type Tx } from "../transaction";
import { recordsOf, translationRecord, translationRowSelect, type TranslationRecord, type TranslationRow } from "./translation-record";

/** Each model's records as a refusal names them ("There is no forum …"). */
export const ENTITY_NOUNS: Record<TranslatableEntity, string> = {
  Forum: "forum",
  CrimeCategory: "crime category",
  ResponsibilityLevel: "level of responsibility",
  ModeOfLiability: "mode of liability",
  AccusedKind: "kind of accused",
  Situation: "situation",
  MilestoneTrack: "track",
  MilestoneType: "milestone type",
  Instrument: "instrument",
  Provision: "provision",
  JurisdictionRule: "jurisdiction rule",
  ComplementarityPolicy: "complementarity policy",
  Milestone: "milestone",
  Case: "case",
  Annotation: "note",
};

/**
 * The target an address names, checked: a reference model the editor serves, one of its
 * translatable fields, a language it is translated into. A wrong name is a 400 naming it (the
 * values are a fixed list); an unknown record is the caller's 404.
 */
export function checkTarget(target: Partial<Record<keyof TranslationTarget, unknown>>): { entity: TranslatableEntity; slug: string; field: string; locale: string } {
  const errors: FieldError[] = [];
  const named = (v: unknown) => (typeof v === "string" ? v : "");
  const entity = (EDITABLE_ENTITIES as readonly string[]).includes(named(target.entity)) ? (target.entity as TranslatableEntity) : null;
  if (!entity) errors.push({ parameter: "entity", message: `entity must be one of ${EDITABLE_ENTITIES.join(", ")}`, allowed: EDITABLE_ENTITIES });
  else if (!(TRANSLATABLE[entity] as readonly string[]).includes(named(target.field))) {
    errors.push({ parameter: "field", message: `field must be one of ${TRANSLATABLE[entity].join(", ")}`, allowed: TRANSLATABLE[entity] });
  }
  if (!(TRANSLATION_LOCALES as readonly string[]).includes(named(target.locale))) {
    errors.push({ parameter: "locale", message: `locale must be one of ${TRANSLATION_LOCALES.join(", ")}`, allowed: TRANSLATION_LOCALES });
  }
  if (typeof target.slug !== "string" || target.slug.trim() === "") errors.push({ parameter: "slug", message: "slug is required: the record's slug, as in its address" });
  if (errors.length > 0) throw AppError.invalidInput(errors);
  return { entity: entity!, slug: named(target.slug), field: named(target.field), locale: named(target.locale) };
}

/** The audit trail's picture of a translation: which record, field and language, and its state. */
function snapshot(target: { entity: string; slug: string; field: string; locale: string }, row: TranslationRow): Prisma.InputJsonObject {
  return {
    entity: target.entity, slug: target.slug, field: target.field, locale: target.locale, version: row.version,
    state: row.state, text: row.text, source: row.source?.slug ?? null, sourceLocator: row.sourceLocator,
    translatedBy: row.translatedBy, translatedOn: row.translatedOn ? row.translatedOn.toISOString().slice(0, 10) : null, note: row.note,
  };
}

/** What a stale save carries back: the stored translation and the user's, so nothing typed is lost. */
const sideOf = (t: { state: string; text: string | null; source: string | null; sourceLocator: string | null; note: string | null; version: number; translatedBy?: string | null; translatedOn?: string | null }) => t;

/**
 * Sets one field's translation (`input`: `entity`, `slug`, `field`, `locale`, then the fields of
 * translationInputSchema) into one language (docs/decisions/043-translation-editor.md):
 * TRANSLATED (the text, credited to the actor, dated today in Kyiv), OFFICIAL (the text, a
 * recorded official source by slug and where it gives it) or MISSING (no text, and why).
 * Administrators only, as for the rules: a translation is what a Ukrainian reader takes as the law's
 * name. The version edited (`expectedVersion`, 0 when there was no row) must still be the stored
 * one, else 409 with both versions. The row and its audit event are written in one transaction; the
 * seed leaves an edited row alone from then on (decision 039), and the held vocabulary drops it
 * when the transaction commits (Translation is among its tables).
 */
export async function setTranslation({ actor, input }: { actor: Actor; input: unknown }): Promise<TranslationRecord> {
  requireRole(actor, "ADMIN");
  if (!input || typeof input !== "object" || Array.isArray(input)) {
    throw AppError.invalidInput([{ parameter: "body", message: "body must be a JSON object with the translation's fields." }]);
  }
  // The address names the translation (entity, slug, field, locale); the rest is the translation.
  const { entity, slug, field, locale, ...rest } = input as Record<string, unknown>;
  const checked = checkTarget({ entity, slug, field, locale });
  const given = parseInput(translationInputSchema, rest);
  // Its own transaction, run again if it meets a milestone's edit in a deadlock (decision 054).
  return inTransaction(undefined, async (tx) => {
    const [record] = await recordsOf(tx, checked.entity, [checked.slug]);
    if (!record) throw new AppError("NOT_FOUND", `There is no ${ENTITY_NOUNS[checked.entity]} "${checked.slug}".`);
    const recorded = record.fields[checked.field] ?? null;
    if (recorded === null) {
      throw AppError.invalidInput([{ parameter: "field", message: `field: the ${ENTITY_NOUNS[checked.entity]} "${checked.slug}" has no ${checked.field} recorded, so there is nothing to translate.` }]);
    }
    const key = { entityType: checked.entity, entityId: record.id, field: checked.field, locale: checked.locale };
    const existing = await tx.translation.findUnique({ where: { entityType_entityId_field_locale: key }, select: translationRowSelect });
    const version = existing?.version ?? 0;
    if (version !== given.expectedVersion) throw stale(checked, existing, given);

    const values = await valuesOf(tx, actor, given);
    const row = existing
      ? await tx.translation
          .updateManyAndReturn({ where: { id: existing.id, version: given.expectedVersion }, data: { ...values, version: { increment: 1 } }, select: { id: true } })
          .then(async (updated) => {
            // Changed between the read and the write: the same refusal as a stale version.
            if (updated.length !== 1) throw stale(checked, await tx.translation.findUnique({ where: { id: existing.id }, select: translationRowSelect }), given);
            return tx.translation.findUniqueOrThrow({ where: { id: existing.id }, select: translationRowSelect });
          })
      : await tx.translation.create({ data: { ...key, ...values }, select: translationRowSelect });
    await tx.auditEvent.create({
      data: {
        actorId: auditActorId(actor),
        note: auditNote(actor),
        action: existing ? "UPDATE" : "CREATE",
        entityType: "Translation",
        entityId: row.id,
        before: existing ? snapshot(checked, existing) : undefined,
        after: snapshot(checked, row),
      },
    });
    return translationRecord({ ...checked, recorded }, row);
  }, TX_OPTIONS).catch((error: unknown) => {
    // Two first translations of the same field at the same moment: the unique index decides.
    if ((error as { code?: string }).code === "P2002") {
      throw new AppError("CONFLICT", `The ${checked.field} of ${ENTITY_NOUNS[checked.entity]} "${checked.slug}" in ${checked.locale} was translated by someone else at the same moment. Reload it and apply your change again.`);
    }
    throw error;
  });
}

/** The columns a state stores; the others are cleared, so a withdrawn translation keeps no stray source or translator. */
async function valuesOf(tx: Tx, actor: Actor, given: TranslationInput) {
  const blank = { text: null, sourceId: null, sourceLocator: null, translatedBy: null, translatedOn: null, note: given.note };
  if (given.state === "MISSING") return { ...blank, state: "MISSING" as const };
  if (given.state === "TRANSLATED") {
    return { ...blank, state: "TRANSLATED" as const, text: given.text, translatedBy: await translatorName(tx, actor), translatedOn: fromIsoDate(translationDay(new Date())) };
  }
  const source = await tx.source.findUnique({ where: { slug: given.source! }, select: { id: true, kind: true } });
  if (!source) throw AppError.invalidInput([{ parameter: "source", message: `source: no such source: ${given.source}.` }]);
  if (source.kind !== "OFFICIAL") {
    throw AppError.invalidInput([{ parameter: "source", message: `source: "${given.source}" is not an official source; an official text is cited from the institution's own publication.` }]);
  }
  return { ...blank, state: "OFFICIAL" as const, text: given.text, sourceId: source.id, sourceLocator: given.sourceLocator };
}

function stale(target: { entity: TranslatableEntity; slug: string; field: string; locale: string }, current: TranslationRow | null, given: TranslationInput): AppError {
  const now = current?.version ?? 0;
  return new AppError(
    "CONFLICT",
    `The ${target.field} of ${ENTITY_NOUNS[target.entity]} "${target.slug}" in ${target.locale} was changed by someone else: you edited version ${given.expectedVersion}, it is now at version ${now}. Nothing was overwritten: compare the two, then save again.`,
    {
      current: sideOf({
        state: current?.state ?? "MISSING",
        text: current?.text ?? null,
        source: current?.source?.slug ?? null,
        sourceLocator: current?.sourceLocator ?? null,
        note: current?.note ?? null,
        version: now,
        translatedBy: current?.translatedBy ?? null,
        translatedOn: current?.translatedOn ? current.translatedOn.toISOString().slice(0, 10) : null,
      }),
      yours: sideOf({ state: given.state, text: given.text, source: given.source, sourceLocator: given.sourceLocator, note: given.note, version: given.expectedVersion }),
    },
  );
}
