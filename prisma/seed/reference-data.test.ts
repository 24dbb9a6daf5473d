/**
 * Pins the reference data to its sources and to itself. No database: these are facts about the
 * seed file, checked the way a careful reviewer would.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parsePartialDate, periodOf } from "@/lib/core/dates";
import * as data from "./reference-data";

const postsDir = path.join(import.meta.dirname, "posts");
const corpus = normalise(
  readdirSync(postsDir)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => readFileSync(path.join(postsDir, f), "utf8"))
    .join("\n"),
);

/** Quotes, dashes and spaces vary between a quotation and its source; words must not. */
function normalise(text: string): string {
  return text
    .replace(/[“”„"‘’‚']/g, "'")
    .replace(/[–—]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

/** The fragments of the quotations in a locator: text between “ ”, split at ellipses. */
function quotedFragments(locator: string): string[] {
  return [...locator.matchAll(/“([^”]*)”/g)]
    .flatMap((m) => m[1]!.split("…"))
    .map((f) => normalise(f).replace(/^[\s,.;:]+|[\s,.;:]+$/g, ""))
    .filter((f) => f.length > 0);
}

const seedPostSlugs = new Set<string>(data.sources.filter((s) => s.kind === "SEED_POST").map((s) => s.slug));

const allCitations: { where: string; cite: data.Cite }[] = [
  ...data.instruments.map((r) => ({ where: `instrument ${r.slug}`, cite: r.cite })),
  ...data.provisions.map((r) => ({ where: `provision ${r.slug}`, cite: r.cite })),
  ...data.forums.map((r) => ({ where: `forum ${r.slug}`, cite: r.cite })),
  ...data.crimes.map((r) => ({ where: `crime ${r.slug}`, cite: r.cite })),
  ...data.levels.map((r) => ({ where: `level ${r.slug}`, cite: r.cite })),
  ...data.accusedKinds.map((r) => ({ where: `accused kind ${r.slug}`, cite: r.cite })),
  ...data.modes.map((r) => ({ where: `mode ${r.slug}`, cite: r.cite })),
  ...data.situations.map((r) => ({ where: `situation ${r.slug}`, cite: r.cite })),
  ...data.milestones.flatMap((m) => m.sources.map((cite) => ({ where: `milestone ${m.slug}`, cite }))),
  ...data.rules.map((r) => ({ where: `rule ${r.slug}`, cite: r.cite })),
];

describe("citations", () => {
  it("every citation names a known source", () => {
    const known = new Set<string>(data.sources.map((s) => s.slug));
    const unknown = allCitations.filter((c) => !known.has(c.cite.source)).map((c) => c.where);
    expect(unknown).toEqual([]);
  });

  it("every quotation attributed to a seed post appears in the seed posts", () => {
    const misquoted: string[] = [];
    for (const { where, cite } of allCitations) {
      if (!seedPostSlugs.has(cite.source)) continue;
      for (const fragment of quotedFragments(cite.locator)) {
        if (!corpus.includes(fragment)) misquoted.push(`${where}: ${fragment}`);
      }
    }
    expect(misquoted).toEqual([]);
  });

  it("a seed-post citation without a quotation names a passage that exists", () => {
    const missing: string[] = [];
    for (const { where, cite } of allCitations) {
      if (!seedPostSlugs.has(cite.source) || cite.locator.includes("“")) continue;
      // "Crane, paragraph 2" points by position; anything else must be text of the post (a
      // heading or a sentence), optionally followed by the contributors in parentheses.
      if (/^[\p{L} .-]+, paragraph \d+$/u.test(cite.locator)) continue;
      for (const part of cite.locator.replace(/\([^)]*\)/g, "").split(";")) {
        const passage = normalise(part);
        if (!corpus.includes(passage)) missing.push(`${where}: ${passage}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("cites each source at most once per milestone (several passages go in one locator)", () => {
    const repeated = data.milestones.filter((m) => new Set(m.sources.map((c) => c.source)).size !== m.sources.length);
    expect(repeated.map((m) => m.slug)).toEqual([]);
  });

  it("the milestone log cites a source for every milestone", () => {
    expect(data.milestones.filter((m) => m.sources.length === 0).map((m) => m.slug)).toEqual([]);
  });
});

describe("shape", () => {
  const tables: [string, readonly { slug: string }[]][] = [
    ["sources", data.sources],
    ["instruments", data.instruments],
    ["provisions", data.provisions],
    ["forums", data.forums],
    ["crimes", data.crimes],
    ["levels", data.levels],
    ["accused kinds", data.accusedKinds],
    ["modes", data.modes],
    ["situations", data.situations],
    ["milestones", data.milestones],
    ["rules", data.rules],
  ];

  it.each(tables)("%s have unique slugs", (_name, rows) => {
    const slugs = rows.map((r) => r.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
  });

  it("has the stable slugs other parts of the tracker rely on", () => {
    expect(data.forums.map((f) => f.slug)).toEqual(["icc", "special-tribunal", "ukraine-domestic"]);
    expect(data.crimes.map((c) => c.slug)).toEqual(["war-crimes", "crimes-against-humanity", "genocide", "aggression", "ecocide"]);
    expect(data.levels.map((l) => l.slug)).toEqual(["top-leadership", "senior-command", "field-grade", "direct-perpetrator"]);
    expect(data.accusedKinds.map((k) => k.slug)).toEqual(["natural", "legal"]);
    expect(data.modes.map((m) => m.slug)).toEqual(expect.arrayContaining(["direct", "command-responsibility"]));
    expect(data.situations.map((s) => s.slug)).toEqual(expect.arrayContaining(["ukraine", "sudan"]));
  });

  it("logs at least 20 milestones across the accountability, security-guarantee and sanctions tracks", () => {
    expect(data.milestones.length).toBeGreaterThanOrEqual(20);
    expect(new Set(data.milestones.map((m) => m.track))).toEqual(new Set(["accountability", "security-guarantees", "sanctions"]));
  });

  it("writes every date no more precisely than a day, a month or a year", () => {
    const dates = [
      ...data.milestones.map((m) => [m.slug, m.date] as const),
      ...data.rules.flatMap((r) => [[r.slug, r.validFrom], [r.slug, r.validTo]] as const),
    ].filter((pair): pair is readonly [string, string] => pair[1] !== undefined);
    expect(dates.filter(([, d]) => parsePartialDate(d) === null)).toEqual([]);
  });

  it("gives a condition to conditional rules and only to them", () => {
    for (const rule of data.rules) {
      expect({ rule: rule.slug, hasCondition: Boolean(rule.condition) }).toEqual({
        rule: rule.slug,
        hasCondition: rule.effect === "CONDITIONAL",
      });
    }
  });
});

describe("rules and the milestones that open and close them", () => {
  const milestone = new Map(data.milestones.map((m) => [m.slug, m]));

  it.each(data.rules.filter((r) => r.openedBy).map((r) => [r.slug, r] as const))(
    "%s starts when its opening milestone happens",
    (_slug, rule) => {
      const opening = milestone.get(rule.openedBy!);
      expect(opening, `unknown milestone ${rule.openedBy}`).toBeDefined();
      expect(rule.validFrom).toBe(opening!.date);
    },
  );

  it.each(data.rules.filter((r) => r.closedBy).map((r) => [r.slug, r] as const))(
    "%s ends when its closing milestone happens",
    (_slug, rule) => {
      const closing = parsePartialDate(milestone.get(rule.closedBy!)!.date)!;
      const end = parsePartialDate(rule.validTo!)!;
      if (closing.precision === "DAY") {
        // Inclusive end: the day before the closing milestone.
        const dayBefore = new Date(`${closing.date}T00:00:00Z`);
        dayBefore.setUTCDate(dayBefore.getUTCDate() - 1);
        expect(end).toEqual({ date: dayBefore.toISOString().slice(0, 10), precision: "DAY" });
      } else {
        // Known only to the month or year: the rule ends within that same period.
        expect(end).toEqual(closing);
      }
    },
  );

  // CONDITIONAL beside EXCLUDES is resolved by the exclusion (a company is outside the ICC whatever
  // Russia does); COVERS beside EXCLUDES would be a contradiction.
  it("never has a rule that both covers and excludes the same profile on the same day", () => {
    const overlaps: string[] = [];
    const span = (r: data.RuleSeed) => ({
      from: r.validFrom ? periodOf(parsePartialDate(r.validFrom)!).start : "0000-01-01",
      to: r.validTo ? periodOf(parsePartialDate(r.validTo)!).end : "9999-12-31",
    });
    const meets = (a?: readonly string[], b?: readonly string[]) => !a?.length || !b?.length || a.some((x) => b.includes(x));
    for (const a of data.rules) {
      for (const b of data.rules) {
        if (a.slug >= b.slug || a.forum !== b.forum) continue;
        const effects = [a.effect, b.effect].sort().join("+");
        if (effects !== "COVERS+EXCLUDES") continue;
        if (a.situation && b.situation && a.situation !== b.situation) continue;
        if (!meets(a.crimes, b.crimes) || !meets(a.accusedKinds, b.accusedKinds) || !meets(a.levels, b.levels) || !meets(a.modes, b.modes)) continue;
        const [sa, sb] = [span(a), span(b)];
        // Boundaries known only to the month may share that month: the engine reports it as unsure.
        const touchingMonth = parsePartialDate(a.validTo ?? "")?.precision === "MONTH" || parsePartialDate(b.validTo ?? "")?.precision === "MONTH";
        if (sa.from <= sb.to && sb.from <= sa.to && !touchingMonth) overlaps.push(`${a.slug} / ${b.slug}`);
      }
    }
    expect(overlaps).toEqual([]);
  });
});
