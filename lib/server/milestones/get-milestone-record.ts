import "server-only";
import { db } from "../db";
import { AppError } from "../errors";
import { findMilestone } from "./find-milestone";
import { toRecord, type MilestoneRecord } from "./milestone-record";

/** A live milestone's record by its id or slug, as the API returns it; anyone may read it. 404 if unknown or deleted. */
export async function getMilestoneRecord(idOrSlug: string): Promise<MilestoneRecord> {
  const row = await findMilestone(db, idOrSlug);
  if (!row) throw new AppError("NOT_FOUND", `There is no milestone "${idOrSlug}".`);
  return toRecord(row);
}
