/**
 * Pins the reference data to its sources and to itself. No database: these are facts about the
 * seed file, checked the way a careful reviewer would.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parsePartialDate, periodOf } from "@/lib/core/dates";
import { CASE_STAGE_LABELS } from "@/lib/core/labels";
import { lostNumbers } from "@/tests/support/numbers-kept";
import * as data from "./reference-data";
import { ukrainian, type UkText } from "./translations-uk";
import { milestonesUk } from "./translations-uk-milestones";
import { policiesUk, rulesUk } from "./translations-uk-rules";

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
  ...data.accused.flatMap((a) => [
    { where: `the accused ${a.slug}`, cite: a.cite },
    ...(a.levelCite ? [{ where: `the accused ${a.slug} (level)`, cite: a.levelCite }] : []),
  ]),
  ...data.cases.flatMap((c) => [
    ...c.sources.map((cite) => ({ where: `case ${c.slug}`, cite })),
    ...c.charges.map((ch, i) => ({ where: `case ${c.slug} charge ${i + 1}`, cite: ch.cite })),
    ...c.stages.map((st) => ({ where: `case ${c.slug} stage ${st.stage}`, cite: st.cite })),
  ]),
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
    ["accused", data.accused],
    ["cases", data.cases],
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
      ...data.rules.flatMap((r) => [[r.slug, r.validFrom], [r.slug, r.validTo], [r.slug, r.conductFrom], [r.slug, r.conductTo]] as const),
    ].filter((pair): pair is readonly [string, string] => pair[1] !== undefined);
    expect(dates.filter(([, d]) => parsePartialDate(d) === null)).toEqual([]);
  });

  // A rule resting on an article cites the text that states it, not a post or a judgment about
  // something else; the posts are cited where only they state the rule (a mode that "had not
  // previously existed"; the dates of Ukraine's membership).
  it("cites, for a rule resting on an article of the Statute, the Code or the Constitution, that text", () => {
    const statedOnlyByThePosts = new Set(["ukraine-no-command-responsibility-before-2024", "icc-ukraine-state-party"]);
    const kind = new Map<string, string>(data.sources.map((x) => [x.slug, x.kind]));
    const texts = new Set(["rome-statute", "criminal-code-of-ukraine", "constitution-of-ukraine"]);
    const miscited = data.rules
      .filter((r) => texts.has(data.provisions.find((p) => p.slug === r.provision)!.instrument) && !statedOnlyByThePosts.has(r.slug))
      .filter((r) => kind.get(r.cite.source) === "SEED_POST")
      .map((r) => r.slug);
    expect(miscited).toEqual([]);
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
    const conductSpan = (r: data.RuleSeed) => ({
      from: r.conductFrom ? periodOf(parsePartialDate(r.conductFrom)!).start : "0000-01-01",
      to: r.conductTo ? periodOf(parsePartialDate(r.conductTo)!).end : "9999-12-31",
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
        const [ca, cb] = [conductSpan(a), conductSpan(b)];
        // Boundaries known only to the month may share that month: the engine reports it as unsure.
        const monthly = (r: data.RuleSeed) => [r.validTo, r.conductTo, r.conductFrom].some((d) => parsePartialDate(d ?? "")?.precision === "MONTH");
        const touchingMonth = monthly(a) || monthly(b);
        // Two rules meet only where they are in force together and reach the same conduct.
        const together = sa.from <= sb.to && sb.from <= sa.to && ca.from <= cb.to && cb.from <= ca.to;
        if (together && !touchingMonth) overlaps.push(`${a.slug} / ${b.slug}`);
      }
    }
    expect(overlaps).toEqual([]);
  });
});

describe("cases", () => {
  const source = new Map(data.sources.map((s) => [s.slug as string, s]));
  const milestone = new Map(data.milestones.map((m) => [m.slug, m]));
  const accusedBySlug = new Map(data.accused.map((a) => [a.slug, a]));
  const stageOrder = Object.keys(CASE_STAGE_LABELS);
  const byCase = data.cases.map((c) => [c.slug, c] as const);

  it("cites a source and a passage for every fact of a case and of its accused", () => {
    const bare: string[] = [];
    const caseFacts = allCitations.filter((c) => c.where.startsWith("case ") || c.where.startsWith("the accused "));
    expect(caseFacts.length).toBeGreaterThan(0);
    for (const { where, cite } of caseFacts) if (!source.has(cite.source) || cite.locator.trim() === "") bare.push(where);
    expect(bare).toEqual([]);
    for (const c of data.cases) {
      expect(c.sources.length, c.slug).toBeGreaterThan(0);
      expect(c.stages.length, c.slug).toBeGreaterThan(0);
      expect(c.charges.length, c.slug).toBeGreaterThan(0);
    }
  });

  it("rests names, offices, charges and stages on official texts, or on named secondary sources that the case says it reports (the posts may only classify)", () => {
    const caseOf = (where: string) => data.cases.find((c) => where.startsWith(`case ${c.slug} `) || where === `case ${c.slug}`);
    const accusedCases = (where: string) => data.cases.filter((c) => c.accused.some((a) => where.startsWith(`the accused ${a} `) || where === `the accused ${a}`));
    const unfounded = allCitations
      .filter((c) => (c.where.startsWith("case ") || c.where.startsWith("the accused ")) && !c.where.endsWith("(level)"))
      .filter((c) => {
        const kind = source.get(c.cite.source)?.kind;
        if (kind === "OFFICIAL") return false;
        if (kind !== "OTHER") return true;
        // A secondary source: every case it supports opens with "As reported by" and lists it among its sources.
        const cases = c.where.startsWith("case ") ? [caseOf(c.where)!] : accusedCases(c.where);
        return !(cases.length > 0 && cases.every((k) => k.summary.startsWith("As reported by") && k.sources.some((x) => x.source === c.cite.source)));
      })
      .map((c) => c.where);
    expect(unfounded).toEqual([]);
  });

  it("states the 24 June 2024 warrants as the ICC's press release does: three crimes, three modes each", () => {
    for (const [slug, person] of [["icc-shoigu", "sergei-shoigu"], ["icc-gerasimov", "valery-gerasimov"]] as const) {
      const c = data.cases.find((x) => x.slug === slug)!;
      expect(c).toMatchObject({ forum: "icc", situation: "ukraine", reference: null, accused: [person] });
      expect(new Set(c.charges.map((ch) => `${ch.crime} ${ch.provisionCited}`))).toEqual(
        new Set([
          "war-crimes Article 8(2)(b)(ii) of the Rome Statute",
          "war-crimes Article 8(2)(b)(iv) of the Rome Statute",
          "crimes-against-humanity Article 7(1)(k) of the Rome Statute",
        ]),
      );
      expect(new Set(c.charges.map((ch) => ch.mode))).toEqual(new Set(["direct", "ordering", "command-responsibility"]));
      expect(c.charges).toHaveLength(9);
      expect(c.stages.map((st) => [st.stage, st.date, st.cite.source])).toEqual([
        ["INVESTIGATION", "2022-03-02", "icc-otp-statement-2022-03-02"],
        ["WARRANT_OR_NOTICE_OF_SUSPICION", "2024-06-24", "icc-press-release-2024-06-25"],
      ]);
    }
    expect(accusedBySlug.get("sergei-shoigu")).toMatchObject({ level: "top-leadership" });
    expect(accusedBySlug.get("valery-gerasimov")).toMatchObject({ level: "top-leadership" });
  });

  it("states the 5 March 2024 warrants only as reported, with no article number the reports do not give", () => {
    for (const slug of ["icc-kobylash", "icc-sokolov"]) {
      const c = data.cases.find((x) => x.slug === slug)!;
      expect(c.summary).toMatch(/^As reported by /);
      expect(c.title).toMatch(/\(as reported\)$/);
      expect(c.charges.filter((ch) => ch.crime === "war-crimes").every((ch) => !/8\(2\)/.test(ch.provisionCited))).toBe(true);
      expect(c.stages.at(-1)).toMatchObject({ stage: "WARRANT_OR_NOTICE_OF_SUSPICION", date: "2024-03-05" });
    }
    expect(accusedBySlug.get("sergei-kobylash")).toMatchObject({ level: "senior-command" });
  });

  it.each(byCase)("%s lists among its sources every source its charges and stages cite, once each", (_slug, c) => {
    const listed = c.sources.map((s) => s.source);
    expect(new Set(listed).size).toBe(listed.length);
    for (const cite of [...c.charges.map((ch) => ch.cite), ...c.stages.map((st) => st.cite)]) expect(listed).toContain(cite.source);
  });

  it.each(byCase)("%s charges known crimes, modes and provisions against its own accused", (_slug, c) => {
    const crimes = new Set<string>(data.crimes.map((x) => x.slug));
    const modes = new Set<string>(data.modes.map((x) => x.slug));
    const provisions = new Set<string>(data.provisions.map((x) => x.slug));
    for (const accusedSlug of c.accused) expect(accusedBySlug.has(accusedSlug), accusedSlug).toBe(true);
    for (const ch of c.charges) {
      expect(crimes.has(ch.crime), ch.crime).toBe(true);
      expect(modes.has(ch.mode), ch.mode).toBe(true);
      if (ch.provision) expect(provisions.has(ch.provision), ch.provision).toBe(true);
      if (ch.accused) expect(c.accused).toContain(ch.accused);
      expect(ch.provisionCited.trim()).not.toBe("");
      // What the superior knew and which duties were failed belong to command responsibility only.
      if (ch.mode !== "command-responsibility") expect({ knowledge: ch.knowledgeStandard, duties: ch.failedDuties }).toEqual({ knowledge: null, duties: [] });
    }
  });

  it.each(byCase)("%s moves through its stages in order, each date no more precise than its source allows", (_slug, c) => {
    const parsed = c.stages.map((st) => ({ stage: st.stage, when: parsePartialDate(st.date) }));
    expect(parsed.filter((p) => p.when === null)).toEqual([]);
    for (const [i, p] of parsed.entries()) {
      if (i === 0) continue;
      const prev = parsed[i - 1]!;
      expect(periodOf(p.when!).start >= periodOf(prev.when!).start, `${p.stage} after ${prev.stage}`).toBe(true);
      expect(stageOrder.indexOf(p.stage) > stageOrder.indexOf(prev.stage), `${p.stage} after ${prev.stage}`).toBe(true);
    }
    for (const st of c.stages) expect(stageOrder).toContain(st.stage);
  });

  it.each(byCase)("%s stages fall on the dates of the milestones they link, which cite the same source", (_slug, c) => {
    const linked = c.stages.filter((st) => st.milestone !== null);
    expect(linked.length).toBeGreaterThan(0);
    for (const st of linked) {
      const m = milestone.get(st.milestone!);
      expect(m, `unknown milestone ${st.milestone}`).toBeDefined();
      expect(st.date).toBe(m!.date);
      expect(m!.situation).toBe(c.situation);
      expect(m!.forums ?? []).toContain(c.forum);
      expect(m!.sources.map((s) => s.source)).toContain(st.cite.source);
    }
  });

  it.each(byCase)("%s has a case number only if its citations state it", (_slug, c) => {
    if (c.reference === null) return;
    const cited = c.sources.map((s) => `${source.get(s.source)?.title} ${s.locator}`).join(" ");
    expect(cited).toContain(c.reference);
  });

  it("gives a level only to natural persons, and only with a citation for it", () => {
    const levels = new Set<string>(data.levels.map((l) => l.slug));
    for (const a of data.accused) {
      expect(data.accusedKinds.map((k) => k.slug as string)).toContain(a.kind);
      if (a.kind === "legal") expect(a.level, a.slug).toBeNull();
      if (a.level) expect(levels.has(a.level) && a.levelCite !== null, a.slug).toBe(true);
      else expect(a.levelCite, a.slug).toBeNull();
    }
  });

  it("every seeded accused is in a seeded case", () => {
    const inCases = new Set(data.cases.flatMap((c) => c.accused));
    expect(data.accused.filter((a) => !inCases.has(a.slug)).map((a) => a.slug)).toEqual([]);
  });

  // The ICC press release of 17 March 2023, as the seed must state it.
  it("states the 17 March 2023 warrants as the ICC's press release does", () => {
    const summary = (slug: string) =>
      data.cases
        .find((c) => c.slug === slug)!
        .charges.map((ch) => `${ch.accused} ${ch.crime} ${ch.provisionCited} ${ch.mode}`)
        .sort();
    expect(summary("icc-putin")).toEqual([
      "vladimir-putin war-crimes Article 8(2)(a)(vii) of the Rome Statute command-responsibility",
      "vladimir-putin war-crimes Article 8(2)(a)(vii) of the Rome Statute direct",
      "vladimir-putin war-crimes Article 8(2)(b)(viii) of the Rome Statute command-responsibility",
      "vladimir-putin war-crimes Article 8(2)(b)(viii) of the Rome Statute direct",
    ]);
    expect(summary("icc-lvova-belova")).toEqual([
      "maria-lvova-belova war-crimes Article 8(2)(a)(vii) of the Rome Statute direct",
      "maria-lvova-belova war-crimes Article 8(2)(b)(viii) of the Rome Statute direct",
    ]);
    for (const c of data.cases.filter((x) => x.slug === "icc-putin" || x.slug === "icc-lvova-belova")) {
      expect(c).toMatchObject({ forum: "icc", situation: "ukraine", reference: null, inAbsentia: false });
      expect(c.stages.map((st) => [st.stage, st.date, st.cite.source])).toEqual([
        ["INVESTIGATION", "2022-03-02", "icc-otp-statement-2022-03-02"],
        ["WARRANT_OR_NOTICE_OF_SUSPICION", "2023-03-17", "icc-press-release-2023-03-17"],
      ]);
      // Article 28(b) as the release gives it: neither a knowledge standard nor failed duties.
      expect(c.charges.every((ch) => ch.knowledgeStandard === null && ch.failedDuties.length === 0)).toBe(true);
    }
    expect(accusedBySlug.get("vladimir-putin")).toMatchObject({ level: "top-leadership", rank: "President of the Russian Federation" });
    expect(accusedBySlug.get("maria-lvova-belova")).toMatchObject({ level: null });
  });
});

describe("the Ukrainian (translations-uk*.ts)", () => {
  /** The records each model's Ukrainian translates: a model added there fails to compile until named here. */
  const recordsOf: Record<keyof typeof ukrainian, readonly { slug: string }[]> = {
    Forum: data.forums,
    CrimeCategory: data.crimes,
    ResponsibilityLevel: data.levels,
    AccusedKind: data.accusedKinds,
    ModeOfLiability: data.modes,
    Situation: data.situations,
    MilestoneTrack: data.tracks,
    MilestoneType: data.milestoneTypes,
    Instrument: data.instruments,
    Provision: data.provisions,
    Milestone: data.milestones,
    JurisdictionRule: data.rules,
    ComplementarityPolicy: data.policies,
  };

  /** Each seeded Ukrainian text beside the recorded English of the record's field (null: no such record or field). */
  const translations = Object.entries(ukrainian).flatMap(([entity, records]) =>
    Object.entries(records as Record<string, Record<string, UkText>>).flatMap(([slug, fields]) => {
      const record = recordsOf[entity as keyof typeof ukrainian].find((r) => r.slug === slug) as Record<string, unknown> | undefined;
      return Object.entries(fields).map(([field, uk]) => {
        const recorded = record?.[field] as string | { text: string } | null | undefined;
        return { entity, key: `${entity}:${slug}:${field}`, english: typeof recorded === "string" ? recorded : (recorded?.text ?? null), uk };
      });
    }),
  );

  it("translates only records and fields the reference data has, each with an English text (a rule's condition only where it has one)", () => {
    expect(translations.filter((t) => !t.english?.trim()).map((t) => t.key)).toEqual([]);
  });

  it("gives every rule its summary and, where it has one, its condition, and every policy its statement: translated or missing with why", () => {
    const keys = (entity: string, records: Record<string, Record<string, UkText>>) =>
      Object.entries(records).flatMap(([slug, fields]) => Object.keys(fields).map((field) => `${entity}:${slug}:${field}`));
    expect([...keys("JurisdictionRule", rulesUk), ...keys("ComplementarityPolicy", policiesUk)].sort()).toEqual(
      [
        ...data.rules.flatMap((r) => [`JurisdictionRule:${r.slug}:summary`, ...(r.condition ? [`JurisdictionRule:${r.slug}:condition`] : [])]),
        ...data.policies.map((p) => `ComplementarityPolicy:${p.slug}:statement`),
      ].sort(),
    );
    const unexplained = [...Object.values(rulesUk), ...Object.values(policiesUk)]
      .flatMap((fields) => Object.values(fields))
      .filter((uk) => typeof uk !== "string" && "missing" in uk && uk.missing.trim() === "");
    expect(unexplained).toEqual([]);
  });

  it.each(Object.keys(recordsOf))("%s: each translation keeps every number of its English (articles, paragraphs, days, years)", (entity) => {
    const lost = translations.flatMap(({ entity: of, key, english, uk }) => {
      if (of !== entity || typeof uk !== "string") return [];
      const gone = lostNumbers(english ?? "", uk);
      return gone.length > 0 ? [{ key, lost: gone }] : [];
    });
    expect(lost).toEqual([]);
  });

  it("checks the numbers of every kind of text it translates, the rules' and policies' among them", () => {
    const translated = (entity: string) => translations.filter((t) => t.entity === entity && typeof t.uk === "string").length;
    expect(translations.filter((t) => typeof t.uk === "string").length).toBeGreaterThan(100);
    expect([translated("Provision"), translated("JurisdictionRule"), translated("ComplementarityPolicy")].every((n) => n > 0)).toBe(true);
  });
});

describe("the seeded milestones in Ukrainian (translations-uk-milestones.ts)", () => {
  const milestone = new Map(data.milestones.map((m) => [m.slug, m]));
  const translatable = (m: data.MilestoneSeed) => ["title", "description", ...(m.whatChanged === undefined ? [] : ["whatChanged"])];
  // Every field given, with the English it renders: [milestone:field, English, Ukrainian or missing].
  const fields = Object.entries(milestonesUk).flatMap(([slug, given]) =>
    Object.entries(given).map(([field, uk]): readonly [string, unknown, UkText] => [`${slug}:${field}`, (milestone.get(slug) as Record<string, unknown> | undefined)?.[field], uk]),
  );
  const translated = fields.filter((f): f is readonly [string, string, string] => typeof f[1] === "string" && typeof f[2] === "string");
  const missing = fields.flatMap(([key, , uk]) => (typeof uk === "object" && "missing" in uk ? [[key, uk.missing] as const] : []));

  it("names only seeded milestones", () => {
    expect(Object.keys(milestonesUk).filter((slug) => !milestone.has(slug))).toEqual([]);
  });

  it("gives each seeded milestone its title and description, and what it changed only where the milestone has one", () => {
    const misfits = data.milestones.flatMap((m) => {
      const expected = translatable(m).sort();
      const given = Object.keys(milestonesUk[m.slug] ?? {}).sort();
      return expected.join() === given.join() ? [] : [{ slug: m.slug, expected, given }];
    });
    expect(misfits).toEqual([]);
  });

  it("claims no official text: the seed's sources give no milestone's own Ukrainian", () => {
    expect(fields.filter(([, , uk]) => typeof uk === "object" && "official" in uk).map(([key]) => key)).toEqual([]);
  });

  it("translates most fields, and says why each field left missing is left for a lawyer", () => {
    expect(translated.length).toBeGreaterThan(missing.length * 3);
    for (const [key, why] of missing) expect(why, key).toMatch(/lawyer's review|official Ukrainian text|official text/);
  });

  const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
  const monthsUk = ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"];
  const datesIn = (english: string) =>
    [...english.matchAll(new RegExp(`\\b(\\d{1,2}) (${months.join("|")}) (\\d{4})\\b`, "g"))].map((d) => `${d[1]} ${monthsUk[months.indexOf(d[2]!)]} ${d[3]} року`);

  it.each(translated.filter(([, english]) => datesIn(english).length > 0))("%s gives each date of the English as a Ukrainian date", (_key, english, uk) => {
    expect(datesIn(english).filter((date) => !uk.includes(date))).toEqual([]);
  });

  it.each(translated)("%s uses the typographic apostrophe and «» quotation marks", (_key, _english, uk) => {
    expect(uk).not.toMatch(/['"“”„]/);
  });
});
