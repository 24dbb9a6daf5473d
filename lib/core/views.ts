/**
 * The shapes the pages render: plain data with dates as partial dates (never Date objects), so
 * components stay free of Prisma and of time zones. The queries in lib/server/queries build them.
 */
import type { DocumentMatch } from "./document-passage";
import type { Assessment } from "./annotation-input";
import type { FieldChange } from "./audit-diff";
import type { FailedDuty, KnowledgeStandard } from "./case-input";
import type { CaseFacet } from "./case-list-query";
import type { PartialDate } from "./dates";
import type { ConditionKind } from "./jurisdiction";
import type { Validity, ValidityStatus } from "./rule-validity";
import type { ShownText } from "./translations";
import type { CaseStage } from "./stage-machine";
import type { MilestoneStatus, MilestoneTextField } from "./milestone-input";
import type { TranslationTexts } from "./written-in";

export type SourceKind = "SEED_POST" | "OFFICIAL" | "OTHER" | "SYNTHETIC";
export type RuleEffect = "COVERS" | "EXCLUDES" | "CONDITIONAL";
export type { CaseStage } from "./stage-machine";
export type ForumKind = "PERMANENT_INTERNATIONAL_COURT" | "SPECIAL_TRIBUNAL" | "NATIONAL_COURTS";
export type InstrumentKind =
  | "TREATY"
  | "STATUTE"
  | "CODE"
  | "CONSTITUTION"
  | "AGREEMENT"
  | "RESOLUTION"
  | "DECLARATION"
  | "MEMORANDUM"
  | "PROPOSAL" | "JUDGMENT";

/** A source as cited for one fact: the source plus the passage (locator) the fact rests on. */
export type Citation = {
  slug: string;
  kind: SourceKind;
  title: string;
  publisher: string | null;
  authors: string | null;
  url: string | null;
  publishedOn: PartialDate | null;
  locator: string | null;
  /** The attached document the passage is in, and its page (a milestone's citations). */
  document?: { sha256: string; page: number | null } | null;
};

export type NamedRef = { slug: string; name: string };
export type ForumRef = { slug: string; name: string; shortName: string };
export type MilestoneRef = {
  slug: string;
  title: string;
  date: PartialDate;
  /** The title in the page's language, where a page has set it (ruleMilestoneTitlesIn); the API's reads leave it out. */
  shown?: ShownText;
};

export type ProvisionView = {
  slug: string;
  number: string | null;
  heading: string;
  summary: string;
  /** The official text: the provision's own address where recorded, else its instrument's. */
  url: string | null;
  instrument: { slug: string; title: string; shortTitle: string; url: string | null };
};

export type RuleView = {
  slug: string;
  effect: RuleEffect;
  summary: string;
  condition: string | null;
  /** What a condition turns on; null for a rule without one. */
  conditionKind: ConditionKind | null;
  forum: ForumRef;
  /** Null: the rule holds in every situation. */
  situation: NamedRef | null;
  // Empty lists mean "any".
  crimes: NamedRef[];
  accusedKinds: NamedRef[];
  levels: NamedRef[];
  modes: NamedRef[];
  validity: Validity;
  /** The conduct the rule reaches (ratione temporis); null on a side: no limit recorded there. */
  conduct: Validity;
  status: ValidityStatus;
  provision: ProvisionView;
  citation: Citation;
  openedBy: MilestoneRef | null;
  closedBy: MilestoneRef | null;
};

export type MilestoneView = {
  slug: string;
  /** The language its title, description and what it changed are written in (decision 042). */
  lang: string;
  /** Those texts in the other languages, by language (null: none). */
  translations: TranslationTexts<MilestoneTextField>;
  title: string;
  description: string;
  whatChanged: string | null;
  date: PartialDate;
  /** Happened on `date`, or expected then (scheduled, announced, pending). */
  status: MilestoneStatus;
  track: NamedRef;
  type: NamedRef;
  situation: NamedRef | null;
  forums: ForumRef[];
  citations: Citation[];
  isSynthetic: boolean;
};

export type InstrumentView = {
  slug: string;
  title: string;
  shortTitle: string;
  kind: InstrumentKind;
  description: string;
  adoptedOn: PartialDate | null;
  /** The official text; null when none is recorded. */
  url: string | null;
  citation: Citation;
};

/** A milestone as a line in a list: enough to recognise it and follow the link. */
export type MilestoneItem = {
  slug: string;
  lang: string;
  translations: TranslationTexts<MilestoneTextField>;
  title: string;
  date: PartialDate;
  track: NamedRef;
  type: NamedRef;
  /** The situation it concerns, named wherever it is listed (a Sudan milestone says Sudan). */
  situation: NamedRef | null;
  status: MilestoneStatus;
  whatChanged: string | null;
  isSynthetic: boolean;
};

/**
 * A complementarity policy as the pages show it: who should take which cases, as its proponents
 * state it. Policy or recommendation, never jurisdiction: it changes no answer.
 */
export type PolicyView = {
  slug: string;
  kind: "POLICY" | "RECOMMENDATION";
  statement: string;
  /** Who states it ("Beth Van Schaack, describing"). */
  proposedBy: string;
  /** The forum it sends these cases to; null when it names none (a priority for every forum). */
  forum: NamedRef | null;
  situation: NamedRef | null;
  // Empty lists mean "any".
  crimes: NamedRef[];
  accusedKinds: NamedRef[];
  levels: NamedRef[];
  citation: Citation;
};

// ---------------------------------------------------------------------------------------------
// What the pages read and the components show (moved here from lib/server/queries, which fill them).

export type Option = { value: string; label: string; hint?: string };

export type RuleOption = Option & { openedBy: string | null; closedBy: string | null };

export type MilestoneFormOptions = {
  tracks: Option[];
  types: Option[];
  situations: Option[];
  forums: Option[];
  instruments: Option[];
  cases: Option[];
  rules: RuleOption[];
};

export type CaseChargeView = {
  id: string;
  /** Null: the charge is against every accused of the case. */
  against: { slug: string; name: string } | null;
  crime: NamedRef;
  mode: NamedRef;
  provisionCited: string;
  /** The tracker's Provision record the citation rests on (its slug), where there is one. */
  provision: string | null;
  description: string | null;
  knowledgeStandard: KnowledgeStandard | null;
  failedDuties: FailedDuty[];
};

export type StageEntryView = {
  id: string;
  stage: CaseStage;
  date: PartialDate;
  inAbsentia: boolean;
  note: string | null;
  citation: Citation | null;
  recordedBy: string | null;
  recordedAt: Date;
};

export type CaseFormOptions = {
  forums: Option[];
  situations: Option[];
  accused: Option[];
  kinds: Option[];
  levels: Option[];
  crimes: Option[];
  modes: Option[];
  milestones: Option[];
};

export type HistoryEntry = {
  id: string;
  at: Date;
  action: "CREATE" | "UPDATE" | "DELETE";
  who: string;
  versions: { before: number | null; after: number | null };
  changes: FieldChange[];
};

export type FacetCount = { value: string; label: string; count: number };

export type CaseListFacets = Record<CaseFacet, FacetCount[]>;

export type CaseListRow = {
  slug: string;
  reference: string | null;
  title: string;
  /** The language the title is written in, and the title in the others (decision 042). */
  lang: string;
  translations: Partial<Record<string, Partial<Record<string, string | null>>>>;
  forum: { slug: string; name: string; shortName: string };
  situation: { slug: string; name: string };
  stage: CaseStage;
  stageOn: PartialDate;
  openedOn: PartialDate;
  inAbsentia: boolean;
  isSynthetic: boolean;
  accused: { slug: string; name: string; nameOriginal: string | null }[];
  crimes: { slug: string; name: string }[];
  /** Non-deleted notes on the case; null for visitors who are not signed in (notes are theirs to read). */
  annotationCount: number | null;
  /** With a search: whether the words were found in the case itself, only in an attached document, or only in its notes. */
  matchedIn: "case" | "document" | "notes" | null;
  /** With a search: the first page of an attached document that matches, and its passage (decision 050); else null. */
  documentMatch: DocumentMatch | null;
};

export type CaseListResult = {
  /** Every non-deleted case the tracker holds. */
  total: number;
  /** The cases that match the query. */
  matching: number;
  cases: CaseListRow[];
  facets: CaseListFacets;
  /** The cursor of the next page (for `after`), or null on the last page. */
  next: string | null;
};

export type Choice = Option;

export type ChoiceGroup = { label: string; choices: Choice[] };

export type RuleFormOptions = {
  forums: Choice[];
  situations: Choice[];
  crimes: Choice[];
  accusedKinds: Choice[];
  levels: Choice[];
  modes: Choice[];
  /** Newest first, each with its date at its precision. */
  milestones: Choice[];
  provisions: ChoiceGroup[];
  sources: Choice[];
};

/** A note as its list shows it, with what the reader may do with it. */
/** A note's body in another language than it was written in, with who translated it and when (decision 042). */
export type NoteTranslation = { locale: string; body: string; translatedBy: string | null; translatedOn: string | null };

export type AnnotationView = {
  id: string;
  case: string;
  version: number;
  body: string;
  /** The language the body is written in; `otherLanguages` its versions in the others. */
  lang: string;
  translations: Partial<Record<string, Partial<Record<string, string | null>>>>;
  otherLanguages: NoteTranslation[];
  assessment: Assessment;
  verified: boolean;
  author: { name: string };
  lastEditedBy: { name: string } | null;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
  canEdit: boolean;
  canDelete: boolean;
};

/** A Follow button's state: sign in first, or follow, or unfollow the follow `followId`. */
export type FollowState = { signedIn: boolean; followId: string | null };

/** A deleted milestone or case, as its old address tells of it (components/DeletedRecord.tsx). */
export type DeletedRecordView = { title: string; deletedAt: Date; deletedBy: string | null };

/** A recorded source as a form's picker lists it (GET /api/v1/sources), with the provisions the words named. */
export type FoundSource = {
  slug: string;
  title: string;
  publisher: string | null;
  url: string | null;
  kind: "official" | "secondary" | "seed-post";
  provisions: { number: string | null; heading: string; instrument: string }[];
  /** The documents attached to it (not removed): those a milestone's passage citing it may point at. */
  documents: { sha256: string; title: string }[];
};
