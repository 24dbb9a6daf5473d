/**
 * The seeded jurisdiction rules in the engine's shape, built from prisma/seed/reference-data.ts
 * without a database, so unit tests pin the engine to the rules the posts state.
 */
import { parsePartialDate } from "@/lib/core/dates";
import { ruleSchema, type ForumRef, type Rule } from "@/lib/core/jurisdiction";
import { policySchema, type Policy } from "@/lib/core/policy";
import * as data from "@/prisma/seed/reference-data";

const boundary = (value?: string) => (value ? parsePartialDate(value)! : null);
const milestone = (slug?: string) => {
  const m = slug ? data.milestones.find((x) => x.slug === slug) : undefined;
  return m ? { slug: m.slug, title: m.title } : null;
};

const provisionRef = (slug: string) => {
  const provision = data.provisions.find((p) => p.slug === slug)!;
  const instrument = data.instruments.find((i) => i.slug === provision.instrument)!;
  return {
    slug: provision.slug,
    label: `${instrument.shortTitle}${provision.number ? `, ${provision.number}` : ""}: ${provision.heading}`,
    url: ("url" in provision ? (provision.url as string) : null) ?? ("url" in instrument ? (instrument.url as string) : null) ?? null,
  };
};

export const seededForums: ForumRef[] = data.forums.map((f) => ({
  slug: f.slug,
  name: f.name,
  coversNote: "coversNote" in f && f.coversNote ? { text: f.coversNote.text, provision: provisionRef(f.coversNote.provision) } : null,
}));

export const seededPolicies: Policy[] = data.policies.map((p) => {
  const source = data.sources.find((s) => s.slug === p.cite.source)!;
  return policySchema.parse({
    slug: p.slug,
    kind: p.kind,
    forum: p.forum ?? null,
    situation: p.situation ?? null,
    statement: p.statement,
    proposedBy: p.proposedBy,
    crimes: p.crimes ?? [],
    accusedKinds: p.accusedKinds ?? [],
    levels: p.levels ?? [],
    source: { slug: source.slug, title: source.title, url: "url" in source ? source.url : null, locator: p.cite.locator },
  });
});

export const seededRules: Rule[] = data.rules.map((r) => {
  const provision = data.provisions.find((p) => p.slug === r.provision)!;
  const instrument = data.instruments.find((i) => i.slug === provision.instrument)!;
  const source = data.sources.find((s) => s.slug === r.cite.source)!;
  return ruleSchema.parse({
    slug: r.slug,
    forum: r.forum,
    situation: r.situation ?? null,
    effect: r.effect,
    summary: r.summary,
    condition: r.condition ?? null,
    conditionKind: r.effect === "CONDITIONAL" ? (r.conditionKind ?? "CASE_FACT") : null,
    crimes: r.crimes ?? [],
    accusedKinds: r.accusedKinds ?? [],
    levels: r.levels ?? [],
    modes: r.modes ?? [],
    validFrom: boundary(r.validFrom),
    validTo: boundary(r.validTo),
    conductFrom: boundary(r.conductFrom),
    conductTo: boundary(r.conductTo),
    openedBy: milestone(r.openedBy),
    closedBy: milestone(r.closedBy),
    provision: provisionRef(provision.slug),
    source: { slug: source.slug, title: source.title, url: "url" in source ? source.url : null, locator: r.cite.locator },
  });
});
