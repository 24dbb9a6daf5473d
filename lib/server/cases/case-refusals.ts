import "server-only";
import type { StageProblem } from "@/lib/core/stage-machine";
import { AppError, type FieldError } from "../errors";
import type { Tx } from "../transaction";

/** Refusals the case use cases share: stage problems as field errors, a case number taken, a unique violation. */

/** Stage-machine problems as field errors, under `prefix` ("initialStage.") when the stage is nested. */
export function stageFieldErrors(problems: StageProblem[], prefix = ""): FieldError[] {
  return problems.map((p) => ({ parameter: `${prefix}${p.field}`, message: `${prefix}${p.field}: ${p.message}` }));
}

/**
 * Refuses a public case number another case before the same forum already has (409 naming
 * `reference`), deleted cases included: the database keeps their numbers unique too.
 */
export async function assertReferenceFree(tx: Tx, forum: { id: string; name: string }, reference: string | null, exceptCaseId: string | null): Promise<void> {
  if (reference === null) return;
  const other = await tx.case.findFirst({ where: { forumId: forum.id, reference, ...(exceptCaseId ? { id: { not: exceptCaseId } } : {}) }, select: { slug: true, title: true, deletedAt: true } });
  if (!other) return;
  const message = other.deletedAt
    ? `reference: a deleted case before the ${forum.name} (“${other.title}”) had the case number ${reference}; numbers stay unique, so an administrator must look at that case's history before it is reused.`
    : `reference: the case “${other.title}” (${other.slug}) before the ${forum.name} already has the case number ${reference}. Each case number is recorded once per forum.`;
  throw new AppError("CONFLICT", message, { errors: [{ parameter: "reference", message }] });
}

/** A database unique violation (P2002) as a 409, never a 500: a race the pre-checks could not see. */
export function uniqueViolation(error: unknown, what: string): never {
  const e = error as { code?: string; meta?: { target?: unknown } };
  if (e.code === "P2002") {
    const target = JSON.stringify(e.meta?.target ?? "");
    if (target.includes("reference")) {
      const message = `reference: another case before this forum was saved with the same case number at the same moment. Check the case list, then save again.`;
      throw new AppError("CONFLICT", message, { errors: [{ parameter: "reference", message }] });
    }
    throw new AppError("CONFLICT", `Another ${what} with the same name was saved at the same moment. Save again.`);
  }
  throw error;
}
