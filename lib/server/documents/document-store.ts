import "server-only";
import { createReadStream } from "node:fs";
import { mkdir, open, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";
import { SHA256_HEX } from "@/lib/core/document-input";
import type { AcceptedMediaType } from "@/lib/core/media-type";
import { documentsDir, s3Config } from "../env";
import { s3DocumentStore } from "./s3-document-store";
import { mtime, namesIn, stagedFilePath, stagedInFolder, stageToFolder } from "./staging";

/**
 * Where documents' bytes are kept, by their SHA-256 (docs/decisions/049-documents-stored-by-fingerprint.md).
 * An upload is staged first (streamed to a temporary place while it is hashed, counted and
 * sniffed), then committed under its SHA-256 in the same transaction that writes its rows, or
 * discarded. The S3-compatible store (s3-document-store.ts, decision 051) implements it too.
 */
export interface DocumentStore {
  /**
   * Streams `body` to a temporary place, hashing and sniffing it. Past `maxBytes`, or as soon as
   * its bytes are of a kind the tracker does not take, nothing more is written and what was is
   * removed, but `body` is read to its end so that the client can be answered.
   */
  stage(body: Readable, options: { maxBytes: number }): Promise<StageResult>;
  /** Makes a staged upload readable under its SHA-256, durably, before its rows are committed. */
  commit(staged: StagedDocument): Promise<void>;
  /** Removes a staged upload that will not be committed (no-op once committed or removed). */
  discard(staged: StagedDocument): Promise<void>;
  /** The bytes under `sha256`, or null. */
  get(sha256: string): Promise<{ stream: Readable; size: number } | null>;
  delete(sha256: string): Promise<void>;
  /** Every stored document, with when it was written. */
  list(): AsyncIterable<{ sha256: string; writtenAt: Date }>;
  /** Staged uploads never committed nor discarded (left by a crash). */
  listStaged(): AsyncIterable<{ id: string; writtenAt: Date }>;
  removeStaged(id: string): Promise<void>;
  /** When the document under `sha256` was written, or null if there is none. */
  writtenAt(sha256: string): Promise<Date | null>;
}

export type StagedDocument = { id: string; sha256: string; size: number; mediaType: AcceptedMediaType };

export type StageResult =
  | { outcome: "staged"; staged: StagedDocument }
  | { outcome: "too-large"; maxBytes: number }
  | { outcome: "refused"; looksLike: string | null };

/**
 * The document store in a folder (by default DATA_DIR/documents, beside the embedded database):
 * `blobs/ab/ab12…` (the first two hex digits fan the files out) and `tmp/*.part` for uploads in
 * progress, on the same file system so that a commit is one atomic rename. A staged file is
 * fsynced before the rename and the folder after it, so a crash never leaves a committed row
 * naming bytes that are not on disk.
 */
export function folderDocumentStore(root: string): DocumentStore {
  const blobs = path.join(root, "blobs");
  const tmp = path.join(root, "tmp");
  const blobPath = (sha256: string) => {
    if (!SHA256_HEX.test(sha256)) throw new Error(`not a SHA-256: ${sha256}`);
    return path.join(blobs, sha256.slice(0, 2), sha256);
  };
  const tempPath = (id: string) => stagedFilePath(tmp, id);

  return {
    stage(body, { maxBytes }) {
      return stageToFolder(tmp, body, { maxBytes });
    },

    async commit(staged) {
      const target = blobPath(staged.sha256);
      await mkdir(path.dirname(target), { recursive: true });
      // Replacing a file of the same name replaces it with the same bytes: harmless, and it
      // restores bytes that went missing.
      await rename(tempPath(staged.id), target);
      await syncFolder(path.dirname(target));
    },

    async discard(staged) {
      await rm(tempPath(staged.id), { force: true });
    },

    async get(sha256) {
      if (!SHA256_HEX.test(sha256)) return null;
      const file = blobPath(sha256);
      try {
        const { size } = await stat(file);
        return { stream: createReadStream(file), size };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw error;
      }
    },

    async delete(sha256) {
      await rm(blobPath(sha256), { force: true });
    },

    async *list() {
      for (const fan of await namesIn(blobs)) {
        for (const name of await namesIn(path.join(blobs, fan))) {
          if (!SHA256_HEX.test(name) || name.slice(0, 2) !== fan) continue;
          const written = await mtime(path.join(blobs, fan, name));
          if (written) yield { sha256: name, writtenAt: written };
        }
      }
    },

    listStaged() {
      return stagedInFolder(tmp);
    },

    async removeStaged(id) {
      await rm(tempPath(id), { force: true });
    },

    async writtenAt(sha256) {
      return SHA256_HEX.test(sha256) ? mtime(blobPath(sha256)) : null;
    },
  };
}

/**
 * The store this server uses, chosen here and nowhere else: the S3-compatible store when
 * S3_ENDPOINT is set (docs/decisions/051-documents-in-an-s3-compatible-store.md), else the folder
 * DOCUMENTS_DIR (by default DATA_DIR/documents). One per configuration, so that the S3 client and
 * its connections are reused.
 */
export function documentStore(): DocumentStore {
  const s3 = s3Config();
  const key = s3 ? JSON.stringify(s3) : documentsDir();
  if (chosen?.key !== key) chosen = { key, store: s3 ? s3DocumentStore(s3, { stagingDir: path.join(documentsDir(), "tmp") }) : folderDocumentStore(documentsDir()) };
  return chosen.store;
}

let chosen: { key: string; store: DocumentStore } | null = null;

/** Makes a rename in `folder` durable (the folder's entry, not only the file's bytes). */
async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
