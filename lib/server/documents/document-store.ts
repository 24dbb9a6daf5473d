import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, open, readdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";
import { SHA256_HEX } from "@/lib/core/document-input";
import { createMediaSniffer, type AcceptedMediaType } from "@/lib/core/media-type";
import { documentsDir } from "../env";

/**
 * Where documents' bytes are kept, by their SHA-256 (docs/decisions/049-documents-stored-by-fingerprint.md).
 * An upload is staged first (streamed to a temporary place while it is hashed, counted and
 * sniffed), then committed under its SHA-256 in the same transaction that writes its rows, or
 * discarded. The interface is what an S3-compatible store (a later part of issue 18) implements too.
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

const TEMP_SUFFIX = ".part";

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
  const tempPath = (id: string) => {
    if (!/^[0-9a-f]{32}$/.test(id)) throw new Error(`not a staged upload: ${id}`);
    return path.join(tmp, `${id}${TEMP_SUFFIX}`);
  };

  return {
    async stage(body, { maxBytes }) {
      await mkdir(tmp, { recursive: true });
      const id = randomBytes(16).toString("hex");
      const file = tempPath(id);
      const handle = await open(file, "wx", 0o600);
      const hash = createHash("sha256");
      const sniffer = createMediaSniffer();
      let size = 0;
      let refusal: StageResult | null = null;
      let open_ = true;
      const closeAndRemove = async () => {
        if (open_) await handle.close().catch(() => {});
        open_ = false;
        await rm(file, { force: true });
      };
      try {
        for await (const chunk of body as AsyncIterable<Buffer>) {
          if (refusal) continue; // read to the end, write nothing
          size += chunk.length;
          if (size > maxBytes) refusal = { outcome: "too-large", maxBytes };
          else {
            const refused = sniffer.push(chunk);
            if (refused) refusal = { outcome: "refused", looksLike: refused.looksLike };
          }
          if (refusal) {
            await closeAndRemove();
            continue;
          }
          hash.update(chunk);
          await handle.write(chunk);
        }
      } catch (error) {
        await closeAndRemove();
        throw error;
      }
      if (refusal) return refusal;
      const verdict = sniffer.finish();
      if (verdict.refused) {
        await closeAndRemove();
        return { outcome: "refused", looksLike: verdict.looksLike };
      }
      try {
        await handle.sync();
        await handle.close();
        open_ = false;
      } catch (error) {
        await closeAndRemove();
        throw error;
      }
      return { outcome: "staged", staged: { id, sha256: hash.digest("hex"), size, mediaType: verdict.mediaType } };
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

    async *listStaged() {
      for (const name of await namesIn(tmp)) {
        if (!name.endsWith(TEMP_SUFFIX)) continue;
        const id = name.slice(0, -TEMP_SUFFIX.length);
        if (!/^[0-9a-f]{32}$/.test(id)) continue;
        const written = await mtime(path.join(tmp, name));
        if (written) yield { id, writtenAt: written };
      }
    },

    async removeStaged(id) {
      await rm(tempPath(id), { force: true });
    },

    async writtenAt(sha256) {
      return SHA256_HEX.test(sha256) ? mtime(blobPath(sha256)) : null;
    },
  };
}

/** The store this server uses: DOCUMENTS_DIR, else DATA_DIR/documents. */
export function documentStore(): DocumentStore {
  return folderDocumentStore(documentsDir());
}

async function namesIn(folder: string): Promise<string[]> {
  try {
    return (await readdir(folder)).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
}

async function mtime(file: string): Promise<Date | null> {
  try {
    return (await stat(file)).mtime;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

/** Makes a rename in `folder` durable (the folder's entry, not only the file's bytes). */
async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
