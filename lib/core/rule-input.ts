/**
 * The input for creating or changing a jurisdiction rule: one zod schema for the admin form, the
 * operator CLI and (later) the API. Slugs refer to reference records; the server resolves them.
 */
import { z } from "zod";
import { parsePartialDate, periodOf, type PartialDate } from "./dates";
import { CONDITION_KINDS, EFFECTS, type ConditionKind } from "./jurisdiction";
import { CONDITION_KIND_LABELS } from "./labels";

// A field left empty reaches the schema as missing (the form reads "" as left out): same words as before.
const slug = z.string({ message: "must be a slug: lower-case words joined by hyphens" }).trim().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: "must be a slug: lower-case words joined by hyphens" });
const slugList = z.array(slug).default([]).refine((list) => new Set(list).size === list.length, { message: "lists a value twice" });
const partialDate = z
  .string({ message: "must be a date written YYYY-MM-DD, YYYY-MM or YYYY" })
  .trim()
  .transform((value, ctx): PartialDate => {
    const parsed = parsePartialDate(value);
    if (!parsed) {
      ctx.addIssue({ code: "custom", message: "must be a date written YYYY-MM-DD, YYYY-MM or YYYY" });
      return z.NEVER;
    }
    return parsed;
  });
/** The kinds a condition may have, as the messages list them: the name the input takes, then the label. */
const KIND_CHOICES = CONDITION_KINDS.map((k: ConditionKind) => `${k} (“${CONDITION_KIND_LABELS[k]}”)`).join(", ");
const text = (max: number) => z.string({ message: "is required" }).trim().min(1, { message: "is required" }).max(max, { message: `must be at most ${max} characters` });

export const ruleInputSchema = z
  .object({
    slug,
    forum: slug,
    situation: slug.nullable().default(null),
    effect: z.enum(EFFECTS, { message: `must be one of ${EFFECTS.join(", ")}` }),
    summary: text(2000),
    condition: text(2000).nullable().default(null),
    conditionKind: z.enum(CONDITION_KINDS, { message: `must be one of ${KIND_CHOICES}` }).nullable().default(null),
    crimes: slugList,
    accusedKinds: slugList,
    levels: slugList,
    modes: slugList,
    validFrom: partialDate.nullable().default(null),
    validTo: partialDate.nullable().default(null),
    // The conduct the rule reaches (ratione temporis), which may begin before the rule is in force
    // (a declaration accepting jurisdiction over past conduct). Empty: no limit on that side.
    conductFrom: partialDate.nullable().default(null),
    conductTo: partialDate.nullable().default(null),
    openedBy: slug.nullable().default(null),
    closedBy: slug.nullable().default(null),
    provision: slug,
    source: slug,
    sourceLocator: text(4000).nullable().default(null),
    // The version the editor started from; a mismatch means someone else changed the rule since.
    expectedVersion: z.number().int().positive().nullable().default(null),
  })
  .strict()
  .superRefine((rule, ctx) => {
    if (rule.effect === "CONDITIONAL" && !rule.condition) {
      ctx.addIssue({ code: "custom", path: ["condition"], message: "is required for a conditional rule: say under which condition the forum would have jurisdiction" });
    }
    if (rule.effect !== "CONDITIONAL" && rule.condition) {
      ctx.addIssue({ code: "custom", path: ["condition"], message: "applies only to a conditional rule; leave it empty" });
    }
    if (rule.effect === "CONDITIONAL" && !rule.conditionKind) {
      ctx.addIssue({ code: "custom", path: ["conditionKind"], message: `is required for a conditional rule: say what the condition turns on, one of ${KIND_CHOICES}` });
    }
    if (rule.effect !== "CONDITIONAL" && rule.conditionKind) {
      ctx.addIssue({ code: "custom", path: ["conditionKind"], message: "applies only to a conditional rule; leave it empty" });
    }
    if (rule.conductFrom && rule.conductTo && periodOf(rule.conductFrom).start > periodOf(rule.conductTo).end) {
      ctx.addIssue({ code: "custom", path: ["conductTo"], message: "is before conductFrom" });
    }
    if (rule.validFrom && rule.validTo && periodOf(rule.validFrom).start > periodOf(rule.validTo).end) {
      ctx.addIssue({ code: "custom", path: ["validTo"], message: "is before validFrom" });
    }
  });

export type RuleInput = z.infer<typeof ruleInputSchema>;
