import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { mkdir, open, readdir, rm, stat } from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";
import { createMediaSniffer } from "@/lib/core/media-type";
import type { StageResult } from "./document-store";

const TEMP_SUFFIX = ".part";
const STAGED_ID = /^[0-9a-f]{32}$/;

/** The file of the upload staged as `id` in the folder `tmp`. */
export function stagedFilePath(tmp: string, id: string): string {
  if (!STAGED_ID.test(id)) throw new Error(`not a staged upload: ${id}`);
  return path.join(tmp, `${id}${TEMP_SUFFIX}`);
}

/**
 * Streams `body` to a new file in `tmp` while hashing, counting and sniffing it: what both stores'
 * `stage` do first (the S3 store then uploads the file, decision 051). Past `maxBytes`, or as soon
 * as its bytes are of a kind the tracker does not take, nothing more is written and the file is
 * removed, but `body` is read to its end so that the client can be answered. The staged file is
 * fsynced.
 */
export async function stageToFolder(tmp: string, body: Readable, { maxBytes }: { maxBytes: number }): Promise<StageResult> {
  await mkdir(tmp, { recursive: true });
  const id = randomBytes(16).toString("hex");
  const file = stagedFilePath(tmp, id);
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
}

/** The staged files in `tmp` (uploads a crash left), with when each was written. */
export async function* stagedInFolder(tmp: string): AsyncIterable<{ id: string; writtenAt: Date }> {
  for (const name of await namesIn(tmp)) {
    if (!name.endsWith(TEMP_SUFFIX)) continue;
    const id = name.slice(0, -TEMP_SUFFIX.length);
    if (!STAGED_ID.test(id)) continue;
    const written = await mtime(path.join(tmp, name));
    if (written) yield { id, writtenAt: written };
  }
}

/** The names in `folder`, sorted; none if it does not exist. */
export async function namesIn(folder: string): Promise<string[]> {
  try {
    return (await readdir(folder)).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
}

/** When `file` was last written, or null if it does not exist. */
export async function mtime(file: string): Promise<Date | null> {
  try {
    return (await stat(file)).mtime;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}
