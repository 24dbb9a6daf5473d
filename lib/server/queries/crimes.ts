import "server-only";
import { partialDateOf } from "@/lib/core/dates";
import { cache } from "react";
import { coverageToday } from "@/lib/core/coverage";
import type { IsoDate } from "@/lib/core/dates";
import { db } from "@/lib/server/db";
import { sourceSelect, toCitation } from "./citation";
import { ruleOrder, ruleSelect, toRuleView } from "./rule-view";

/**
 * The crimes list: per crime, the forums with a covering or conditional rule in force on `today`.
 */
export async function listCrimes(today: IsoDate) {
  const [crimes, rules] = await Promise.all([
    db.crimeCategory.findMany({
      orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
      select: { slug: true, name: true, description: true, sourceLocator: true, source: { select: sourceSelect } },
    }),
    db.jurisdictionRule.findMany({
      where: { deletedAt: null },
      select: {
        effect: true,
        validFrom: true,
        validFromPrecision: true,
        validTo: true,
        validToPrecision: true,
        forum: { select: { slug: true, name: true, shortName: true, sortOrder: true } },
        situation: { select: { slug: true, name: true } },
        crimes: { select: { slug: true } },
      },
    }),
  ]);
  const coverageRules = rules.map((r) => ({
    effect: r.effect,
    forum: r.forum,
    situation: r.situation,
    crimeSlugs: r.crimes.map((c) => c.slug),
    validity: { from: partialDateOf(r.validFrom, r.validFromPrecision), to: partialDateOf(r.validTo, r.validToPrecision) },
  }));
  return crimes.map((crime) => ({
    slug: crime.slug,
    name: crime.name,
    description: crime.description,
    citation: toCitation(crime.source, crime.sourceLocator),
    jurisdiction: coverageToday(coverageRules, crime.slug, today, ["COVERS", "CONDITIONAL"]),
  }));
}

/**
 * One crime and, for every forum, the rules that apply to it: those naming the crime and those
 * naming no crime (which apply to every crime). Null for an unknown slug.
 */
export const getCrime = cache(async (slug: string, today: IsoDate) => {
  const crime = await db.crimeCategory.findUnique({
    where: { slug },
    select: { slug: true, name: true, description: true, sourceLocator: true, source: { select: sourceSelect } },
  });
  if (!crime) return null;
  const [forums, rules] = await Promise.all([
    db.forum.findMany({
      orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
      select: { slug: true, name: true, shortName: true },
    }),
    db.jurisdictionRule.findMany({
      where: { deletedAt: null, OR: [{ crimes: { some: { slug } } }, { crimes: { none: {} } }] },
      select: ruleSelect,
      orderBy: ruleOrder,
    }),
  ]);
  const views = rules.map((r) => toRuleView(r, today));
  return {
    slug: crime.slug,
    name: crime.name,
    description: crime.description,
    citation: toCitation(crime.source, crime.sourceLocator),
    forums: forums.map((forum) => ({ forum, rules: views.filter((r) => r.forum.slug === forum.slug) })),
  };
});
