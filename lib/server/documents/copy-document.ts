import "server-only";
import { formatSize } from "@/lib/core/document-input";
import type { DocumentStore, StagedDocument } from "./document-store";

/** What the database says of a document's bytes. */
export type BlobFacts = { sha256: string; size: number; mediaType: string };

export type StagedCopy = { ok: true; staged: StagedDocument } | { ok: false; problem: string };

/**
 * Stages in `to` a copy of the bytes `from` holds under `blob.sha256`, hashing them on the way
 * (through `stage`, as an upload is), and checks them against `blob`: present, of its SHA-256, its
 * size and its media type. The copy is the caller's to commit or discard; a refused one is
 * discarded here. Through the DocumentStore interface only, so the export and the restore of
 * documents work with any store (a folder, S3). The problem is a clause: "the document X <problem>".
 */
export async function stageVerifiedCopy(from: DocumentStore, to: DocumentStore, blob: BlobFacts): Promise<StagedCopy> {
  const found = await from.get(blob.sha256);
  if (!found) return { ok: false, problem: "is missing: there are no bytes under its SHA-256" };
  // A document the tracker once took is copied whatever today's size limit.
  const result = await to.stage(found.stream, { maxBytes: Number.MAX_SAFE_INTEGER });
  if (result.outcome !== "staged") {
    const now = result.outcome === "refused" && result.looksLike ? `they are now ${result.looksLike}` : "they are no longer a kind of document the tracker takes";
    return { ok: false, problem: `has bytes that do not match its SHA-256 (${now}): they were damaged or changed` };
  }
  const { staged } = result;
  const problem =
    staged.sha256 !== blob.sha256
      ? `has bytes that do not match its SHA-256 (they hash to ${staged.sha256}): they were damaged or changed`
      : staged.size !== blob.size
        ? `has ${formatSize(staged.size)} of bytes where ${formatSize(blob.size)} were recorded`
        : staged.mediaType !== blob.mediaType
          ? `has bytes of ${staged.mediaType} where ${blob.mediaType} was recorded`
          : null;
  if (problem) {
    await to.discard(staged);
    return { ok: false, problem };
  }
  return { ok: true, staged };
}
