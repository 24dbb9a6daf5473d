import "server-only";
import { db } from "../db";
import { AppError } from "../errors";
import { toRecord, type CaseRecord } from "./case-record";
import { findCase } from "./find-case";

/** A live case's full record by its id or slug, as the API returns it; anyone may read it (notes are not part of it). 404 if unknown or deleted. */
export async function getCase(idOrSlug: string): Promise<CaseRecord> {
  const row = await findCase(db, idOrSlug);
  if (!row) throw new AppError("NOT_FOUND", `There is no case "${idOrSlug}".`);
  return toRecord(row);
}
