import "server-only";
import { aliasDeleteSchema, aliasInputSchema, aliasName, aliasSpelling } from "@/lib/core/alias-input";
import { nameKey } from "@/lib/core/search-normal";
import type { Prisma } from "@/lib/generated/prisma/client";
import { auditActorId, auditNote, requireRole, type Actor } from "../actor";
import { db } from "../db";
import { AppError, parseInput } from "../errors";
import { TX_OPTIONS, type Tx } from "../transaction";
import { accusedAuditSelect, accusedSnapshot } from "./case-audit";
import { lockAccusedForChange, refreshAccusedCasesSearch } from "./search-document";

/**
 * An accused's aliases, added and removed by analysts and admins
 * (docs/decisions/040-names-in-every-spelling-and-ukrainian-search.md). Each change is checked
 * against the accused's `updatedAt` as the editor saw it (409 otherwise), bumps it, rebuilds the
 * search documents of the accused's cases and writes an audit event (an UPDATE of the accused,
 * its aliases before and after), all in one transaction: a refusal writes nothing.
 */

export type AliasView = { id: string; name: string };
export type AccusedAliasesView = { accused: string; updatedAt: string; aliases: AliasView[] };

const aliasOrder = [{ spelling: "asc" }, { id: "asc" }] satisfies Prisma.AccusedAliasOrderByWithRelationInput[];
const selectAccused = { ...accusedAuditSelect, deletedAt: true, updatedAt: true, aliases: { orderBy: aliasOrder, select: { id: true, name: true } } } as const;



async function liveAccused(tx: Tx, slug: string) {
  const existing = await tx.accused.findUnique({ where: { slug }, select: selectAccused });
  if (!existing || existing.deletedAt) throw new AppError("NOT_FOUND", `There is no accused "${slug}".`);
  return existing;
}

function checkVersion(existing: { name: string; updatedAt: Date }, expectedUpdatedAt: string) {
  const expected = new Date(expectedUpdatedAt);
  if (Number.isNaN(expected.getTime())) throw AppError.invalidInput([{ parameter: "expectedUpdatedAt", message: "expectedUpdatedAt must be the time of the last change you saw, as an ISO timestamp." }]);
  if (existing.updatedAt.getTime() !== expected.getTime()) throw stale(existing.name);
}

const stale = (name: string) => new AppError("CONFLICT", `The record of ${name} was changed by someone else since you opened it. Reload it and apply your change again.`);

/** Bumps the accused's updatedAt if it is still the one checked, rebuilds its cases' documents, audits, and answers with the aliases. */
async function finish(tx: Tx, actor: Actor, before: Awaited<ReturnType<typeof liveAccused>>): Promise<AccusedAliasesView> {
  const { count } = await tx.accused.updateMany({ where: { id: before.id, updatedAt: before.updatedAt }, data: { updatedAt: new Date() } });
  if (count !== 1) throw stale(before.name);
  await refreshAccusedCasesSearch(tx, before.id);
  const after = await tx.accused.findUniqueOrThrow({ where: { id: before.id }, select: selectAccused });
  await tx.auditEvent.create({
    data: {
      actorId: auditActorId(actor),
      note: auditNote(actor),
      action: "UPDATE",
      entityType: "Accused",
      entityId: before.id,
      before: { ...accusedSnapshot(before), aliases: before.aliases.map((a) => a.name) },
      after: { ...accusedSnapshot(after), aliases: after.aliases.map((a) => a.name) },
    },
  });
  return { accused: after.slug, updatedAt: after.updatedAt.toISOString(), aliases: after.aliases };
}

/** The aliases of a live accused, in order. */
export async function getAccusedAliases(slug: string): Promise<AccusedAliasesView> {
  const existing = await liveAccused(db, slug);
  return { accused: existing.slug, updatedAt: existing.updatedAt.toISOString(), aliases: existing.aliases };
}

/** Adds an alias: 400 for an empty or too long name, 409 for a spelling the accused already has (as a name or an alias) or a stale version. */
export async function addAccusedAlias({ actor, slug, input }: { actor: Actor; slug: string; input: unknown }): Promise<AccusedAliasesView> {
  requireRole(actor, "ANALYST");
  const a = parseInput(aliasInputSchema, input);
  return db.$transaction(async (tx) => {
    const existing = await liveAccused(tx, slug);
    checkVersion(existing, a.expectedUpdatedAt);
    await lockAccusedForChange(tx, existing.id);
    const spelling = aliasSpelling(a.name);
    // Said as it is held ("Путин" when "путин" was typed): the reader sees which spelling it is.
    const held = [existing.name, existing.nameOriginal ?? "", ...existing.aliases.map((x) => x.name)].find((n) => aliasSpelling(n) === spelling);
    if (held !== undefined) {
      const message = `${existing.name} already has this spelling, as "${held}" (capitals, spaces and apostrophes do not count).`;
      throw new AppError("CONFLICT", message, { errors: [{ parameter: "name", message: `name: ${message}` }] });
    }
    await tx.accusedAlias.create({ data: { accusedId: existing.id, name: a.name, spelling, key: nameKey(a.name) } });
    return finish(tx, actor, existing);
  }, TX_OPTIONS);
}

/** Removes an alias by its id: 404 for an alias the accused does not have, 409 for a stale version. */
export async function removeAccusedAlias({ actor, slug, aliasId, input }: { actor: Actor; slug: string; aliasId: string; input: unknown }): Promise<AccusedAliasesView> {
  requireRole(actor, "ANALYST");
  const a = parseInput(aliasDeleteSchema, input);
  return db.$transaction(async (tx) => {
    const existing = await liveAccused(tx, slug);
    if (!existing.aliases.some((x) => x.id === aliasId)) throw new AppError("NOT_FOUND", `${existing.name} has no alias "${aliasId}".`);
    checkVersion(existing, a.expectedUpdatedAt);
    await lockAccusedForChange(tx, existing.id);
    await tx.accusedAlias.delete({ where: { id: aliasId } });
    return finish(tx, actor, existing);
  }, TX_OPTIONS);
}

/**
 * The import's aliases of one accused (the `aliases` column): the spellings the accused does not
 * have yet are added, never one removed, with an audit event and the search documents of the
 * accused's cases rebuilt, in the import's transaction. True when something was added.
 */
export async function addImportedAliases(tx: Tx, actor: Actor, accusedId: string, names: readonly string[]): Promise<boolean> {
  const before = await tx.accused.findUniqueOrThrow({ where: { id: accusedId }, select: selectAccused });
  const held = new Set([before.name, before.nameOriginal ?? "", ...before.aliases.map((a) => a.name)].map(aliasSpelling));
  const adding = new Map<string, string>();
  for (const raw of names) {
    const name = aliasName(raw);
    const spelling = aliasSpelling(name);
    if (name === "" || held.has(spelling) || adding.has(spelling)) continue;
    adding.set(spelling, name);
  }
  if (adding.size === 0) return false;
  await lockAccusedForChange(tx, accusedId);
  await tx.accusedAlias.createMany({ data: [...adding].map(([spelling, name]) => ({ accusedId, name, spelling, key: nameKey(name) })) });
  await finish(tx, actor, before);
  return true;
}
