/**
 * The reference vocabularies in Ukrainian (docs/decisions/039-reference-data-in-two-languages.md).
 * The English stays in reference-data.ts; here, per record (by slug) and field:
 *
 * - a string: the tracker's own translation, stored TRANSLATED by SEED_TRANSLATOR on SEEDED_ON;
 * - `{ official, cite }`: the institution's own Ukrainian text, stored OFFICIAL with its source. Only
 *   where a source the seed cites gives that text; none of the seed posts (shared/seeds) does, so
 *   there is none yet. Never a text from memory, however sure;
 * - `{ missing }`: left missing on purpose, with why: a legal term whose Ukrainian rendering is not
 *   certain. The page shows the English, marked. A lawyer's review can replace it.
 *
 * A field not named here is missing too (the descriptions, for now). Terms follow the project's
 * glossary (briefs/translate.md).
 */
import type { Cite } from "./reference-data";

/** The day the seed's translations were made: stored as their date, so re-seeding changes nothing. */
export const SEEDED_ON = "2026-12-04";

export type UkText = string | { official: string; cite: Cite } | { missing: string };

type Fields = Record<string, UkText>;

export const ukrainian = {
  Forum: {
    icc: { name: "Міжнародний кримінальний суд", shortName: "МКС" },
    "special-tribunal": { name: "Спеціальний трибунал щодо злочину агресії проти України", shortName: "Спеціальний трибунал" },
    "ukraine-domestic": { name: "Національні суди України", shortName: "Суди України" },
  },
  CrimeCategory: {
    "war-crimes": { name: "Воєнні злочини" },
    "crimes-against-humanity": { name: "Злочини проти людяності" },
    genocide: { name: "Геноцид" },
    aggression: { name: "Злочин агресії" },
    ecocide: { name: "Екоцид" },
  },
  ResponsibilityLevel: {
    "top-leadership": { name: "Найвище керівництво" },
    // Above field grade; not «старші офіцери», which is field grade in Ukrainian usage.
    "senior-command": { name: "Вищі командири" },
    // Majors, lieutenant colonels and colonels: «старший офіцерський склад».
    "field-grade": { name: "Старші офіцери" },
    "direct-perpetrator": { name: "Безпосередні виконавці" },
  },
  AccusedKind: {
    natural: { name: "Фізична особа" },
    legal: { name: "Юридична особа" },
  },
  ModeOfLiability: {
    direct: {
      name: {
        missing:
          "Uncertain legal term: the mode covers commission alone, jointly and through another person (Rome Statute, Article 25(3)(a)); Ukrainian law names these separately (виконавець, співвиконавець, опосередковане виконання), and «безпосереднє вчинення» would say only the first. For a lawyer's review.",
      },
    },
    "command-responsibility": { name: "Відповідальність командирів та інших начальників" },
    ordering: {
      name: {
        missing:
          "Uncertain legal term: the words of Article 25(3)(b) in the official Ukrainian text of the Rome Statute are to be checked before the mode is named in Ukrainian. For a lawyer's review.",
      },
    },
  },
  Situation: {
    ukraine: { name: "Україна" },
    sudan: { name: "Судан" },
  },
  MilestoneTrack: {
    accountability: { name: "Притягнення до відповідальності" },
    "security-guarantees": { name: "Гарантії безпеки" },
    sanctions: { name: "Санкції" },
  },
  MilestoneType: {
    ratification: { name: "Ратифікація" },
    "entry-into-force": { name: "Набрання чинності" },
    declaration: {
      name: {
        missing:
          "Uncertain: the type covers Ukraine's Article 12(3) declarations, which Ukrainian calls «заява», and the Paris declaration («декларація»); one Ukrainian word for both is for a lawyer's review.",
      },
    },
    referral: { name: "Передача ситуації" },
    investigation: { name: "Попереднє вивчення або розслідування" },
    "tribunal-agreement": { name: "Угода про трибунал" },
    "code-amendment": { name: "Зміни до кодексу" },
    "arrest-warrant": { name: "Ордер на арешт" },
    judgment: { name: "Судове рішення" },
    reparations: { name: "Репарації" },
    proposal: { name: "Пропозиція" },
    accusation: { name: "Звинувачення" },
    evidence: { name: "Докази або звіт" },
    agreement: { name: "Угода" },
    summit: { name: "Саміт або зустріч" },
    policy: { name: "Програмні засади" },
    sanctions: { name: "Санкції" },
  },
  Instrument: {
    "rome-statute": { shortTitle: "Римський статут" },
    "criminal-code-of-ukraine": { shortTitle: "Кримінальний кодекс України" },
    "constitution-of-ukraine": { shortTitle: "Конституція України" },
    "special-tribunal-agreement": { shortTitle: "Угода про Спеціальний трибунал" },
    "ukraine-article-12-3-declarations": {
      shortTitle: {
        missing:
          "Uncertain: how Ukrainian cites Article 12(3) of the Rome Statute (пункт 3 статті 12) and names the declarations («заяви») is for a lawyer's review.",
      },
    },
    "icj-arrest-warrant-judgment": {
      shortTitle: { missing: "Uncertain: the Ukrainian short name of the ICJ's Arrest Warrant case is for a lawyer's review." },
    },
    "ecocide-amendment-proposal": { shortTitle: "Пропозиція щодо екоциду" },
    "unsc-resolution-1593": { shortTitle: "Резолюція РБ ООН 1593" },
    "chemical-weapons-convention": { shortTitle: "Конвенція про хімічну зброю" },
    "north-atlantic-treaty": { shortTitle: "Північноатлантичний договір" },
    "treaty-on-european-union": { shortTitle: "ДЄС" },
    "un-charter": { shortTitle: "Статут ООН" },
    "budapest-memorandum": { shortTitle: "Будапештський меморандум" },
  },
} as const satisfies Record<string, Record<string, Fields>>;
