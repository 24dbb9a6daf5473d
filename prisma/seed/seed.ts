/**
 * Loads the reference data into the database. Idempotent: records are matched by slug, created
 * when missing and updated when the seed changed them, so a second run adds and changes nothing.
 * Records a person can edit (rules, milestones, cases and their accused) are updated only while no
 * person has: their `version` is still 1 (for cases and accused, see seedCases). Every change
 * writes an audit event, and the whole load is one transaction.
 */
import { isoPartial, parsePartialDate, partialDateOf, fromIsoDate, toIsoDate, type Precision } from "@/lib/core/dates";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { refreshAccusedCasesSearch, refreshCaseSearch } from "@/lib/server/cases/search-document";
import { isTranslatableField, SEED_TRANSLATOR } from "@/lib/core/translations";
import * as data from "./reference-data";
import { SEEDED_ON, TRANSLATED_ON, ukrainian, type UkText } from "./translations-uk";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/** The note on the seed's own audit events; any other author of an event about a record is a person. */
const SEED_NOTE = "reference data (seed)";

export type SeedReport = { created: number; updated: number; unchanged: number; skippedEdited: number };

function partial(value: string | undefined): { date: Date; precision: Precision } | null {
  if (value === undefined) return null;
  const parsed = parsePartialDate(value);
  if (!parsed) throw new Error(`Seed data has an invalid date: ${value}`);
  return { date: fromIsoDate(parsed.date), precision: parsed.precision };
}

/** Comparable form: dates as ISO days, lists sorted, undefined as null. */
function comparable(value: unknown): unknown {
  if (value instanceof Date) return toIsoDate(value);
  if (Array.isArray(value)) return value.map(comparable).sort();
  if (value === undefined) return null;
  return value;
}

function differs(current: Record<string, unknown>, desired: Record<string, unknown>): boolean {
  return Object.keys(desired).some(
    (key) => JSON.stringify(comparable(current[key])) !== JSON.stringify(comparable(desired[key])),
  );
}

function jsonSafe(value: Record<string, unknown>): Prisma.InputJsonObject {
  return JSON.parse(JSON.stringify(value, (_k, v) => (v instanceof Date ? toIsoDate(v) : v)));
}

/** What syncFlat needs of a Prisma model delegate. */
type FlatModel<D> = {
  findUnique(args: { where: { slug: string } }): Promise<(Record<string, unknown> & { id: string }) | null>;
  create(args: { data: D & { slug: string } }): Promise<{ id: string }>;
  update(args: { where: { id: string }; data: D }): Promise<unknown>;
};

class Seeder {
  report: SeedReport = { created: 0, updated: 0, unchanged: 0, skippedEdited: 0 };
  private ids = new Map<string, Map<string, string>>();

  constructor(private readonly tx: Tx) {}

  id(table: string, slug: string): string {
    const id = this.ids.get(table)?.get(slug);
    if (!id) throw new Error(`Seed data refers to an unknown ${table} "${slug}"`);
    return id;
  }

  // Every id the seeder has met, to its slug: ids are unique across tables (cuids).
  private slugs = new Map<string, string>();

  private remember(table: string, slug: string, id: string) {
    if (!this.ids.has(table)) this.ids.set(table, new Map());
    this.ids.get(table)!.set(slug, id);
    this.slugs.set(id, slug);
  }

  /**
   * A record's values as the audit trail pictures records: references by slug under the record's
   * own field names (trackId → track, forumIds → forums), a milestone's date at its precision, its
   * sources with their passages; so a seeded record's history reads like one a person wrote.
   */
  private picture(values: Record<string, unknown>): Record<string, unknown> {
    const slug = (v: unknown) => (typeof v === "string" ? (this.slugs.get(v) ?? v) : v);
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(values)) {
      if (key === "sourceKeys" && Array.isArray(value)) {
        out.sources = value.map((k: string) => {
          const [sourceId, locator] = k.split("|");
          return { source: slug(sourceId), locator: locator || null };
        });
      } else if (key === "occurredOn" && value instanceof Date && typeof values.precision === "string") {
        out.date = isoPartial(partialDateOf(value, values.precision as Precision));
      } else if (key === "precision" && values.occurredOn instanceof Date) {
        continue;
      } else if (key.endsWith("Ids") && Array.isArray(value)) {
        out[`${key.slice(0, -3)}s`] = value.map(slug);
      } else if (key.endsWith("Id") && key !== "externalId") {
        out[key.slice(0, -2)] = slug(value);
      } else {
        out[key] = value;
      }
    }
    return out;
  }

  /**
   * Creates or updates one record. `current` is the record as stored (scalars, and relation lists
   * as slug arrays); `desired` the same shape from the seed.
   */
  async sync(args: {
    table: string;
    slug: string;
    current: (Record<string, unknown> & { id: string; version?: number }) | null;
    desired: Record<string, unknown>;
    create: () => Promise<{ id: string }>;
    update: (id: string) => Promise<unknown>;
  }): Promise<string> {
    const { table, slug, current, desired } = args;
    if (!current) {
      const { id } = await args.create();
      await this.audit("CREATE", table, id, null, desired);
      this.report.created++;
      this.remember(table, slug, id);
      return id;
    }
    this.remember(table, slug, current.id);
    if (!differs(current, desired)) {
      this.report.unchanged++;
    } else if (current.version !== undefined && current.version > 1) {
      // A person has edited this record since it was seeded: their edit wins.
      this.report.skippedEdited++;
    } else {
      await args.update(current.id);
      const before = Object.fromEntries(Object.keys(desired).map((k) => [k, current[k]]));
      await this.audit("UPDATE", table, current.id, before, desired);
      this.report.updated++;
    }
    return current.id;
  }

  /** A record without relation lists: read by slug, then created or updated from `desired` alone. */
  async syncFlat<D extends Record<string, unknown>>(table: string, model: FlatModel<D>, slug: string, desired: D): Promise<string> {
    return this.sync({
      table,
      slug,
      current: await model.findUnique({ where: { slug } }),
      desired,
      create: () => model.create({ data: { slug, ...desired } }),
      update: (id) => model.update({ where: { id }, data: desired }),
    });
  }

  private async audit(
    action: "CREATE" | "UPDATE",
    entityType: string,
    entityId: string,
    before: Record<string, unknown> | null,
    after: Record<string, unknown>,
  ) {
    await this.tx.auditEvent.create({
      data: {
        action,
        entityType,
        entityId,
        before: before ? jsonSafe(this.picture(before)) : undefined,
        after: jsonSafe(this.picture(after)),
        note: SEED_NOTE,
      },
    });
  }
}

const citeFields = (seeder: Seeder, cite: data.Cite) => ({
  sourceId: seeder.id("Source", cite.source),
  sourceLocator: cite.locator,
});

/** The lists that scope a rule or a policy: the table each names, and the key its ids are compared and audited under. */
const SCOPE = {
  crimes: { table: "CrimeCategory", key: "crimeIds" },
  accusedKinds: { table: "AccusedKind", key: "accusedKindIds" },
  levels: { table: "ResponsibilityLevel", key: "levelIds" },
  modes: { table: "ModeOfLiability", key: "modeIds" },
} as const;
type ScopeList = keyof typeof SCOPE;

/**
 * A rule's or policy's scope lists: the ids the seed names (`ids`, under crimeIds…), the relations
 * to read with the stored record and their ids (`stored`), and the relation writes (`connect` on
 * create, `set` on update).
 */
function scopeLists<L extends ScopeList>(s: Seeder, lists: readonly L[], seed: Partial<Record<ScopeList, readonly string[]>>) {
  const ids = new Map(lists.map((l) => [l, (seed[l] ?? []).map((slug) => s.id(SCOPE[l].table, slug))] as const));
  const each = <T>(f: (l: L) => T) => Object.fromEntries(lists.map((l) => [l, f(l)])) as Record<L, T>;
  return {
    ids: Object.fromEntries(lists.map((l) => [SCOPE[l].key, ids.get(l)!])),
    include: each(() => ({ select: { id: true } }) as const),
    stored: (row: Record<L, { id: string }[]>) => Object.fromEntries(lists.map((l) => [SCOPE[l].key, row[l].map((x) => x.id)])),
    write: (mode: "connect" | "set") => each((l) => ({ [mode]: ids.get(l)!.map((id) => ({ id })) })),
  };
}

async function seedAll(tx: Tx): Promise<SeedReport> {
  const s = new Seeder(tx);

  for (const src of data.sources) {
    const published = partial("publishedOn" in src ? src.publishedOn : undefined);
    const desired = {
      kind: src.kind,
      title: src.title,
      publisher: src.publisher,
      authors: "authors" in src ? src.authors : null,
      url: "url" in src ? src.url : null,
      publishedOn: published?.date ?? null,
      publishedOnPrecision: published?.precision ?? null,
      note: "note" in src ? src.note : null,
    };
    await s.syncFlat("Source", tx.source, src.slug, desired);
  }

  for (const ins of data.instruments) {
    const adopted = partial("adoptedOn" in ins ? ins.adoptedOn : undefined);
    const desired = {
      title: ins.title,
      shortTitle: ins.shortTitle,
      kind: ins.kind,
      description: ins.description,
      adoptedOn: adopted?.date ?? null,
      adoptedOnPrecision: adopted?.precision ?? null,
      url: "url" in ins ? (ins.url as string) : null,
      ...citeFields(s, ins.cite),
    };
    await s.syncFlat("Instrument", tx.instrument, ins.slug, desired);
  }

  for (const [index, p] of data.provisions.entries()) {
    const desired = {
      instrumentId: s.id("Instrument", p.instrument),
      number: p.number,
      heading: p.heading,
      summary: p.summary,
      url: "url" in p ? (p.url as string) : null,
      sortOrder: index,
      ...citeFields(s, p.cite),
    };
    await s.syncFlat("Provision", tx.provision, p.slug, desired);
  }

  for (const [index, f] of data.forums.entries()) {
    const established = partial("establishedOn" in f ? f.establishedOn : undefined);
    const desired = {
      name: f.name,
      shortName: f.shortName,
      kind: f.kind,
      description: f.description,
      legalBasisId: s.id("Instrument", f.legalBasis),
      establishedOn: established?.date ?? null,
      establishedOnPrecision: established?.precision ?? null,
      coversNote: "coversNote" in f && f.coversNote ? f.coversNote.text : null,
      coversNoteProvisionId: "coversNote" in f && f.coversNote ? s.id("Provision", f.coversNote.provision) : null,
      sortOrder: index,
      ...citeFields(s, f.cite),
    };
    await s.syncFlat("Forum", tx.forum, f.slug, desired);
  }

  // Simple reference tables share one shape: slug, name, description, order, citation.
  const simple = [
    ["CrimeCategory", data.crimes, tx.crimeCategory],
    ["ResponsibilityLevel", data.levels, tx.responsibilityLevel],
    ["AccusedKind", data.accusedKinds, tx.accusedKind],
    ["Situation", data.situations, tx.situation],
  ] as const;
  for (const [table, rows, delegate] of simple) {
    // The delegates differ in type but not in shape for these fields.
    const model = delegate as unknown as typeof tx.crimeCategory;
    for (const [index, row] of rows.entries()) {
      await s.syncFlat(table, model, row.slug, { name: row.name, description: row.description, sortOrder: index, ...citeFields(s, row.cite) });
    }
  }

  for (const [index, m] of data.modes.entries()) {
    const desired = {
      name: m.name,
      description: m.description,
      provisionId: s.id("Provision", m.provision),
      sortOrder: index,
      ...citeFields(s, m.cite),
    };
    await s.syncFlat("ModeOfLiability", tx.modeOfLiability, m.slug, desired);
  }

  for (const [index, t] of data.tracks.entries()) {
    const desired = { name: t.name, description: t.description, sortOrder: index };
    await s.syncFlat("MilestoneTrack", tx.milestoneTrack, t.slug, desired);
  }

  for (const [index, t] of data.milestoneTypes.entries()) {
    const desired = { name: t.name, sortOrder: index };
    await s.syncFlat("MilestoneType", tx.milestoneType, t.slug, desired);
  }

  for (const m of data.milestones) {
    const when = partial(m.date)!;
    const forumIds = (m.forums ?? []).map((f) => s.id("Forum", f));
    const instrumentIds = (m.instruments ?? []).map((i) => s.id("Instrument", i));
    const sourceRows = m.sources.map((c, i) => ({ sourceId: s.id("Source", c.source), locator: c.locator, sortOrder: i }));
    const desired = {
      title: m.title,
      description: m.description,
      whatChanged: m.whatChanged ?? null,
      occurredOn: when.date,
      precision: when.precision,
      trackId: s.id("MilestoneTrack", m.track),
      typeId: s.id("MilestoneType", m.type),
      situationId: m.situation ? s.id("Situation", m.situation) : null,
      forumIds,
      instrumentIds,
      sourceKeys: sourceRows.map((r) => `${r.sourceId}|${r.locator}|${r.sortOrder}`),
    };
    const { forumIds: _f, instrumentIds: _i, sourceKeys: _s, ...scalars } = desired;
    const stored = await tx.milestone.findUnique({
      where: { slug: m.slug },
      include: { forums: { select: { id: true } }, instruments: { select: { id: true } }, sources: true },
    });
    const current = stored && {
      ...stored,
      forumIds: stored.forums.map((f) => f.id),
      instrumentIds: stored.instruments.map((i) => i.id),
      sourceKeys: stored.sources.map((r) => `${r.sourceId}|${r.locator}|${r.sortOrder}`),
    };
    await s.sync({
      table: "Milestone",
      slug: m.slug,
      current,
      desired,
      create: () =>
        tx.milestone.create({
          data: {
            slug: m.slug,
            ...scalars,
            forums: { connect: forumIds.map((id) => ({ id })) },
            instruments: { connect: instrumentIds.map((id) => ({ id })) },
            sources: { create: sourceRows },
          },
        }),
      update: async (id) => {
        await tx.milestoneSource.deleteMany({ where: { milestoneId: id } });
        await tx.milestone.update({
          where: { id },
          data: {
            ...scalars,
            forums: { set: forumIds.map((fid) => ({ id: fid })) },
            instruments: { set: instrumentIds.map((iid) => ({ id: iid })) },
            sources: { create: sourceRows },
          },
        });
      },
    });
  }

  for (const r of data.rules) {
    const from = partial(r.validFrom);
    const to = partial(r.validTo);
    const conductFrom = partial(r.conductFrom);
    const conductTo = partial(r.conductTo);
    const scope = scopeLists(s, ["crimes", "accusedKinds", "levels", "modes"], r);
    const scalars = {
      forumId: s.id("Forum", r.forum),
      situationId: r.situation ? s.id("Situation", r.situation) : null,
      effect: r.effect,
      summary: r.summary,
      condition: r.condition ?? null,
      conditionKind: r.effect === "CONDITIONAL" ? (r.conditionKind ?? "CASE_FACT") : null,
      validFrom: from?.date ?? null,
      validFromPrecision: from?.precision ?? "DAY",
      validTo: to?.date ?? null,
      validToPrecision: to?.precision ?? "DAY",
      conductFrom: conductFrom?.date ?? null,
      conductFromPrecision: conductFrom?.precision ?? "DAY",
      conductTo: conductTo?.date ?? null,
      conductToPrecision: conductTo?.precision ?? "DAY",
      openedById: r.openedBy ? s.id("Milestone", r.openedBy) : null,
      closedById: r.closedBy ? s.id("Milestone", r.closedBy) : null,
      provisionId: s.id("Provision", r.provision),
      ...citeFields(s, r.cite),
    };
    const stored = await tx.jurisdictionRule.findUnique({
      where: { slug: r.slug },
      include: scope.include,
    });
    await s.sync({
      table: "JurisdictionRule",
      slug: r.slug,
      current: stored && { ...stored, ...scope.stored(stored) },
      desired: { ...scalars, ...scope.ids },
      create: () => tx.jurisdictionRule.create({ data: { slug: r.slug, ...scalars, ...scope.write("connect") } }),
      update: (id) => tx.jurisdictionRule.update({ where: { id }, data: { ...scalars, ...scope.write("set") } }),
    });
  }

  for (const [index, p] of data.policies.entries()) {
    const scope = scopeLists(s, ["crimes", "accusedKinds", "levels"], p);
    const scalars = {
      kind: p.kind,
      forumId: p.forum ? s.id("Forum", p.forum) : null,
      situationId: p.situation ? s.id("Situation", p.situation) : null,
      statement: p.statement,
      proposedBy: p.proposedBy,
      sortOrder: index,
      ...citeFields(s, p.cite),
    };
    const stored = await tx.complementarityPolicy.findUnique({
      where: { slug: p.slug },
      include: scope.include,
    });
    await s.sync({
      table: "ComplementarityPolicy",
      slug: p.slug,
      current: stored && { ...stored, ...scope.stored(stored) },
      desired: { ...scalars, ...scope.ids },
      create: () => tx.complementarityPolicy.create({ data: { slug: p.slug, ...scalars, ...scope.write("connect") } }),
      update: (id) => tx.complementarityPolicy.update({ where: { id }, data: { ...scalars, ...scope.write("set") } }),
    });
  }

  // After every record it translates (milestones, rules and policies among them), before the
  // cases, whose search documents hold the Ukrainian names of their charges.
  await seedTranslations(tx, s);

  await seedCases(tx, s);

  return s.report;
}

/** A seeded Ukrainian text as the Translation row stores it (translations-uk.ts says what each form means). */
function translationValues(s: Seeder, value: UkText, translatedOn: string) {
  const blank = { text: null, sourceId: null, sourceLocator: null, translatedBy: null, translatedOn: null, note: null };
  if (typeof value === "string") return { ...blank, state: "TRANSLATED" as const, text: value, translatedBy: SEED_TRANSLATOR, translatedOn: fromIsoDate(translatedOn) };
  if ("official" in value) return { ...blank, state: "OFFICIAL" as const, text: value.official, ...citeFields(s, value.cite) };
  return { ...blank, state: "MISSING" as const, note: value.missing };
}

/**
 * The reference vocabularies in Ukrainian (translations-uk.ts), after the records they translate.
 * A row a person has edited (version above 1, or audited by anyone but the seed) is kept as it is,
 * so a lawyer's correction, or a translation withdrawn (MISSING), survives every later seed.
 */
async function seedTranslations(tx: Tx, s: Seeder) {
  const locale = "uk";
  const stored = new Map(
    (await tx.translation.findMany({ where: { locale } })).map((row) => [`${row.entityType}:${row.entityId}:${row.field}`, row]),
  );
  for (const [entityType, records] of Object.entries(ukrainian) as [string, Record<string, Record<string, UkText>>][]) {
    for (const [slug, fields] of Object.entries(records)) {
      const entityId = s.id(entityType, slug);
      for (const [field, value] of Object.entries(fields)) {
        if (!isTranslatableField(entityType, field)) throw new Error(`Seed translation of ${entityType}.${field}: not a translatable field`);
        // The record it translates is part of the audited values: the history says which it is.
        const desired = { entityType, entityId, field, locale, ...translationValues(s, value, TRANSLATED_ON[entityType] ?? SEEDED_ON) };
        const row = stored.get(`${entityType}:${entityId}:${field}`) ?? null;
        const edited = row !== null && (row.version > 1 || (await editedOutsideSeed(tx, "Translation", row.id)));
        await s.sync({
          table: "Translation",
          slug: `${entityType}:${slug}:${field}:${locale}`,
          current: row && { ...row, version: edited ? Math.max(row.version, 2) : row.version },
          desired,
          create: () => tx.translation.create({ data: desired, select: { id: true } }),
          update: (id) => tx.translation.update({ where: { id }, data: desired }),
        });
      }
    }
  }
}

/** The fields of a stored charge and stage the seed compares, in the order its own rows have them (the keys are JSON). */
const CHARGE_FIELDS = ["accusedId", "crimeId", "modeId", "provisionId", "provisionCited", "description", "knowledgeStandard", "failedDuties"] as const;
const STAGE_FIELDS = ["stage", "occurredOn", "precision", "inAbsentia", "note", "sourceId", "sourceLocator"] as const;

function pick<T, K extends keyof T>(row: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((k) => [k, row[k]])) as Pick<T, K>;
}

/** True when anyone but the seed has written an audit event about the record: a person edited it. */
async function editedOutsideSeed(tx: Tx, entityType: string, entityId: string): Promise<boolean> {
  const other = await tx.auditEvent.findFirst({
    where: { entityType, entityId, NOT: { note: SEED_NOTE } },
    select: { id: true },
  });
  return other !== null;
}

/**
 * The real cases (reference-data.ts, "Cases"): accused first, then each case with its accused,
 * charges, stages, sources and milestones, compared and written as one record. A case a person
 * has edited (version above 1, or audited by anyone but the seed) is kept as it is, and so is an
 * accused whose cases or own record a person has touched: the Accused table has no version.
 */
async function seedCases(tx: Tx, s: Seeder) {
  const changedCaseIds = new Set<string>();
  const changedAccusedIds: string[] = [];

  for (const a of data.accused) {
    const desired = {
      kindId: s.id("AccusedKind", a.kind),
      name: a.name,
      nameOriginal: a.nameOriginal,
      rank: a.rank,
      levelId: a.level ? s.id("ResponsibilityLevel", a.level) : null,
      description: a.description,
      isSynthetic: false,
    };
    const stored = await tx.accused.findUnique({
      where: { slug: a.slug },
      include: { cases: { select: { case: { select: { version: true } } } } },
    });
    const edited =
      stored !== null &&
      (stored.cases.some((c) => c.case.version > 1) || (await editedOutsideSeed(tx, "Accused", stored.id)));
    const before = s.report.updated;
    const id = await s.sync({
      table: "Accused",
      slug: a.slug,
      // The version only tells sync() whether a person's edit must be kept.
      current: stored && { ...stored, version: edited ? 2 : 1 },
      desired,
      create: () => tx.accused.create({ data: { slug: a.slug, ...desired }, select: { id: true } }),
      update: (accusedId) => tx.accused.update({ where: { id: accusedId }, data: desired }),
    });
    if (stored && s.report.updated > before) changedAccusedIds.push(id);
  }

  for (const c of data.cases) {
    const stages = c.stages.map((st) => ({ ...st, when: partial(st.date)! }));
    const first = stages[0];
    const latest = stages.at(-1);
    if (!first || !latest) throw new Error(`Seed case ${c.slug} has no stage`);
    const scalars = {
      reference: c.reference,
      title: c.title,
      summary: c.summary,
      forumId: s.id("Forum", c.forum),
      situationId: s.id("Situation", c.situation),
      stage: latest.stage,
      stageOn: latest.when.date,
      stagePrecision: latest.when.precision,
      openedOn: first.when.date,
      openedPrecision: first.when.precision,
      inAbsentia: c.inAbsentia,
      isSynthetic: false,
    };
    const accusedRows = c.accused.map((slug) => ({ accusedId: s.id("Accused", slug) }));
    const chargeRows = c.charges.map((ch) => ({
      accusedId: ch.accused ? s.id("Accused", ch.accused) : null,
      crimeId: s.id("CrimeCategory", ch.crime),
      modeId: s.id("ModeOfLiability", ch.mode),
      provisionId: ch.provision ? s.id("Provision", ch.provision) : null,
      provisionCited: ch.provisionCited,
      description: ch.description,
      knowledgeStandard: ch.knowledgeStandard,
      failedDuties: ch.failedDuties,
    }));
    const stageRows = stages.map((st) => ({
      stage: st.stage,
      occurredOn: st.when.date,
      precision: st.when.precision,
      inAbsentia: st.inAbsentia,
      note: st.note,
      sourceId: s.id("Source", st.cite.source),
      sourceLocator: st.cite.locator,
    }));
    const sourceRows = c.sources.map((cite) => ({ sourceId: s.id("Source", cite.source), locator: cite.locator }));
    const milestoneIds = stages.flatMap((st) => (st.milestone ? [s.id("Milestone", st.milestone)] : []));

    // Related rows as comparable strings: their order and ids carry no meaning.
    // (JSON.stringify hands the replacer a Date already as text, so the raw value is read instead.)
    const key = (row: Record<string, unknown>) =>
      JSON.stringify(row, function (this: Record<string, unknown>, k: string, v: unknown) {
        const raw = this[k];
        return raw instanceof Date ? toIsoDate(raw) : v;
      });
    const chargeKey = (r: Record<string, unknown> & { failedDuties: readonly string[] }) => key({ ...r, failedDuties: [...r.failedDuties].sort() });
    const desired = {
      ...scalars,
      accusedIds: accusedRows.map((r) => r.accusedId),
      chargeKeys: chargeRows.map(chargeKey),
      stageKeys: stageRows.map(key),
      sourceKeys: sourceRows.map(key),
      milestoneIds,
    };

    const stored = await tx.case.findUnique({
      where: { slug: c.slug },
      include: {
        accused: { select: { accusedId: true } },
        charges: true,
        stages: true,
        sources: true,
        milestones: { select: { id: true } },
      },
    });
    const current = stored && {
      ...stored,
      version: stored.version > 1 || (await editedOutsideSeed(tx, "Case", stored.id)) ? Math.max(stored.version, 2) : stored.version,
      accusedIds: stored.accused.map((r) => r.accusedId),
      chargeKeys: stored.charges.map((r) => chargeKey(pick(r, CHARGE_FIELDS))),
      stageKeys: stored.stages.map((r) => key(pick(r, STAGE_FIELDS))),
      sourceKeys: stored.sources.map((r) => key(pick(r, ["sourceId", "locator"]))),
      milestoneIds: stored.milestones.map((m) => m.id),
    };

    const related = {
      accused: { create: accusedRows },
      charges: { create: chargeRows },
      stages: { create: stageRows },
      sources: { create: sourceRows },
    };
    const before = s.report.created + s.report.updated;
    const id = await s.sync({
      table: "Case",
      slug: c.slug,
      current,
      desired,
      create: () =>
        tx.case.create({
          data: { slug: c.slug, ...scalars, ...related, milestones: { connect: milestoneIds.map((mid) => ({ id: mid })) } },
          select: { id: true },
        }),
      update: async (caseId) => {
        // Still at version 1: nothing here is a person's, so the related rows are rewritten whole.
        await tx.caseAccused.deleteMany({ where: { caseId } });
        await tx.charge.deleteMany({ where: { caseId } });
        await tx.stageChange.deleteMany({ where: { caseId } });
        await tx.caseSource.deleteMany({ where: { caseId } });
        await tx.case.update({
          where: { id: caseId },
          data: { ...scalars, ...related, milestones: { set: milestoneIds.map((mid) => ({ id: mid })) } },
        });
      },
    });
    if (s.report.created + s.report.updated > before) changedCaseIds.add(id);
  }

  // The search documents follow every write, in the same transaction.
  await refreshCaseSearch(tx, [...changedCaseIds]);
  for (const accusedId of changedAccusedIds) await refreshAccusedCasesSearch(tx, accusedId);
}

export async function seedReferenceData(prisma: PrismaClient): Promise<SeedReport> {
  return prisma.$transaction((tx) => seedAll(tx), { timeout: 120_000, maxWait: 30_000 });
}
