/**
 * `npm run rules -- <command>`: jurisdiction rules for the operator, until the admin pages exist.
 * Goes through the same use case as every other entry point (authorisation, validation, optimistic
 * locking, audit). Run with the `react-server` condition so `server-only` modules load.
 *
 *   npm run rules -- list
 *   npm run rules -- show <slug>          prints the rule as editable JSON, with its version
 *   npm run rules -- save <file.json>     creates the rule, or changes it (give expectedVersion)
 */
import { readFileSync } from "node:fs";
import { isoPartial, partialDateOf } from "@/lib/core/dates";
import { AppError } from "@/lib/server/errors";
import { closeSharedDatabase, sharedDatabase } from "@/lib/server/prisma-client";
import { databaseTarget } from "@/lib/server/env";
import { saveRule } from "@/lib/server/rules/save-rule";

const [command, argument] = process.argv.slice(2);
const prisma = () => sharedDatabase(() => databaseTarget()).prisma;

async function show(slug: string) {
  const s = { select: { slug: true } } as const;
  const r = await prisma().jurisdictionRule.findUnique({
    where: { slug },
    include: { forum: s, situation: s, crimes: s, accusedKinds: s, levels: s, modes: s, openedBy: s, closedBy: s, provision: s, source: s },
  });
  if (!r) throw new AppError("NOT_FOUND", `There is no rule "${slug}".`);
  const partial = (d: Date | null, precision: "DAY" | "MONTH" | "YEAR") => (d ? isoPartial(partialDateOf(d, precision)) : null);
  console.log(JSON.stringify({
    slug: r.slug, forum: r.forum.slug, situation: r.situation?.slug ?? null, effect: r.effect, summary: r.summary, condition: r.condition, conditionKind: r.conditionKind,
    crimes: r.crimes.map((x) => x.slug), accusedKinds: r.accusedKinds.map((x) => x.slug), levels: r.levels.map((x) => x.slug), modes: r.modes.map((x) => x.slug),
    validFrom: partial(r.validFrom, r.validFromPrecision), validTo: partial(r.validTo, r.validToPrecision),
    conductFrom: partial(r.conductFrom, r.conductFromPrecision), conductTo: partial(r.conductTo, r.conductToPrecision),
    openedBy: r.openedBy?.slug ?? null, closedBy: r.closedBy?.slug ?? null,
    provision: r.provision.slug, source: r.source.slug, sourceLocator: r.sourceLocator, expectedVersion: r.version,
  }, null, 2));
}

async function main() {
  if (command === "list") {
    const rules = await prisma().jurisdictionRule.findMany({ where: { deletedAt: null }, orderBy: { slug: "asc" }, select: { slug: true, version: true, effect: true, forum: { select: { slug: true } } } });
    for (const r of rules) console.log(`${r.slug.padEnd(52)} ${r.forum.slug.padEnd(18)} ${r.effect.padEnd(12)} v${r.version}`);
  } else if (command === "show" && argument) {
    await show(argument);
  } else if (command === "save" && argument) {
    let input: unknown;
    try {
      input = JSON.parse(readFileSync(argument, "utf8"));
    } catch (error) {
      throw new AppError("INVALID_INPUT", `Cannot read ${argument} as JSON: ${(error as Error).message}`);
    }
    const result = await saveRule({ actor: { kind: "operator", name: process.env.USER ?? "operator" }, input });
    console.log(`${result.created ? "Created" : "Changed"} rule ${result.slug}, now at version ${result.version}.`);
  } else {
    console.error("Usage: npm run rules -- list | show <slug> | save <file.json>");
    process.exitCode = 2;
  }
}

main()
  .catch((error: unknown) => {
    if (error instanceof AppError) {
      console.error(error.message);
      for (const e of error.details.errors ?? []) if (e.message !== error.message) console.error(`  - ${e.message}`);
    } else {
      console.error((error as Error).message ?? String(error));
    }
    process.exitCode = 1;
  })
  .finally(() => closeSharedDatabase());
