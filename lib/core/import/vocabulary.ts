/**
 * The values an import's coded columns accept (a forum's slug, a track's, a crime's…), read from
 * the reference data by lib/server/import/import-vocabulary.ts. The import page lists them beside
 * the columns, and the check refuses any other value, naming the column, the values it takes and,
 * where one is close, the value meant: a file is then corrected in one round.
 */
import type { RawRecord } from "./records";
import type { ImportKind, ImportProblem } from "./types";

export const CODE_LISTS = ["forum", "situation", "stage", "crime", "mode", "accusedKind", "level", "provision", "track", "type", "instrument"] as const;
export type CodeList = (typeof CODE_LISTS)[number];

export type CodedValue = { value: string; label: string };
export type ImportVocabulary = Record<CodeList, readonly CodedValue[]>;

/** How a message names one value of a list, and the list. */
export const CODE_LIST_NAMES: Record<CodeList, { one: string; all: string }> = {
  forum: { one: "forum", all: "forums" },
  situation: { one: "situation", all: "situations" },
  stage: { one: "stage", all: "stages" },
  crime: { one: "crime category", all: "crime categories" },
  mode: { one: "mode of liability", all: "modes of liability" },
  accusedKind: { one: "kind of accused", all: "kinds of accused" },
  level: { one: "level of responsibility", all: "levels of responsibility" },
  provision: { one: "provision", all: "provisions" },
  track: { one: "track", all: "tracks" },
  type: { one: "milestone type", all: "milestone types" },
  instrument: { one: "instrument", all: "instruments" },
};

/** The coded columns of each kind's CSV file, and the list each takes. */
export const CODED_COLUMNS: Record<ImportKind, Readonly<Record<string, CodeList>>> = {
  cases: { forum: "forum", situation: "situation", stage: "stage", accused_kind: "accusedKind", accused_level: "level", crime: "crime", mode: "mode", provision: "provision" },
  milestones: { track: "track", type: "type", situation: "situation", forums: "forum", instruments: "instrument" },
  sources: {},
};

/** A stage is written as its slug or as its code, in any case: warrant-or-notice-of-suspicion or WARRANT_OR_NOTICE_OF_SUSPICION. */
const stageSlugOf = (given: string) => given.toLowerCase().replace(/_/g, "-");

function accepts(list: CodeList, values: readonly CodedValue[], given: string): boolean {
  const wanted = list === "stage" ? stageSlugOf(given) : given;
  return values.some((v) => v.value === wanted);
}

/** Edit distance (insertions, deletions, substitutions, and two neighbours swapped count one each). */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

const normalise = (text: string) =>
  text
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, "-");

/**
 * The value a person most likely meant, or null when none is close: the value whose slug or name
 * the given text matches apart from case, spaces and underscores ("War crimes", "WAR_CRIMES"), holds
 * whole ("warrant" in arrest-warrant), or is a few typing slips away from (at most a third of its
 * letters). No guess beyond that: "justice" is far from every track, and a suggestion there would
 * only mislead.
 */
export function closestValue(given: string, values: readonly CodedValue[]): string | null {
  const text = normalise(given);
  if (text === "") return null;
  for (const v of values) if (normalise(v.value) === text || normalise(v.label) === text) return v.value;
  const within = values.filter((v) => text.length >= 4 && v.value.split("-").includes(text));
  if (within.length === 1) return within[0]!.value;
  let best: { value: string; d: number } | null = null;
  for (const v of values) {
    const d = Math.min(distance(text, v.value), distance(text, normalise(v.label)));
    if (d <= Math.max(1, Math.floor(v.value.length / 3)) && (best === null || d < best.d)) best = { value: v.value, d };
  }
  return best?.value ?? null;
}

/** The refusal of an unknown value: `“justice”: no such track. The tracks are: accountability, …`, with the likely value where one is close. */
export function unknownValueMessage(given: string, list: CodeList, values: readonly CodedValue[]): string {
  const names = CODE_LIST_NAMES[list];
  const meant = closestValue(given, values);
  const allowed = values.length > 0 ? ` The ${names.all} are: ${values.map((v) => v.value).join(", ")}.` : ` The tracker records no ${names.all} yet.`;
  return `“${given}”: no such ${names.one}${meant ? `; did you mean “${meant}”?` : "."}${allowed}`;
}

/** Where a record of each kind holds coded values, in the JSON shape every record is read into. */
function codedPaths(kind: ImportKind, v: Record<string, unknown>): { path: (string | number)[]; list: CodeList }[] {
  const each = (field: string, list: CodeList) => (Array.isArray(v[field]) ? (v[field] as unknown[]).map((_, i) => ({ path: [field, i], list })) : [{ path: [field], list }]);
  const within = (field: string, keys: Record<string, CodeList>) =>
    Array.isArray(v[field]) ? (v[field] as unknown[]).flatMap((_, i) => Object.entries(keys).map(([key, list]) => ({ path: [field, i, key], list }))) : [];
  switch (kind) {
    case "milestones":
      return [{ path: ["track"], list: "track" }, { path: ["type"], list: "type" }, { path: ["situation"], list: "situation" }, ...each("forums", "forum"), ...each("instruments", "instrument")];
    case "cases":
      return [
        { path: ["forum"], list: "forum" },
        { path: ["situation"], list: "situation" },
        { path: ["stage", "stage"], list: "stage" },
        ...within("accused", { kind: "accusedKind", level: "level" }),
        ...within("charges", { crime: "crime", mode: "mode", provision: "provision" }),
      ];
    case "sources":
      return [];
  }
}

function at(value: unknown, path: readonly (string | number)[]): unknown {
  let here = value;
  for (const key of path) {
    if (typeof here !== "object" || here === null) return undefined;
    here = (here as Record<string | number, unknown>)[key];
  }
  return here;
}

/**
 * The record's coded values that the tracker does not know, each refused at its column. Empty and
 * missing values are the schema's to refuse (a required column), and values of the wrong type too.
 */
export function codedValueProblems(kind: ImportKind, record: RawRecord, vocabulary: ImportVocabulary): ImportProblem[] {
  const v = record.value;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return [];
  const problems: ImportProblem[] = [];
  for (const { path, list } of codedPaths(kind, v as Record<string, unknown>)) {
    const given = at(v, path);
    // A NUL character is refused as such (records.ts), not as an unknown value.
    if (typeof given !== "string" || given.trim() === "" || given.includes("\u0000")) continue;
    if (!accepts(list, vocabulary[list], given.trim())) problems.push({ column: record.columnOf(path), message: unknownValueMessage(given.trim(), list, vocabulary[list]) });
  }
  return problems;
}
