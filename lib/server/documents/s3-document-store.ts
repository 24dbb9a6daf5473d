import "server-only";
import { createReadStream } from "node:fs";
import { rm } from "node:fs/promises";
import type { Readable } from "node:stream";
import {
  CopyObjectCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from "@aws-sdk/client-s3";
import { SHA256_HEX } from "@/lib/core/document-input";
import type { S3Config } from "../env";
import { DocumentStoreUnavailableError } from "../errors";
import type { DocumentStore } from "./document-store";
import { stagedFilePath, stagedInFolder, stageToFolder } from "./staging";

const BLOBS = "blobs/";
const TMP = "tmp/";
const STAGED_ID = /^[0-9a-f]{32}$/;

/**
 * The document store in an S3-compatible bucket, through the AWS SDK
 * (docs/decisions/051-documents-in-an-s3-compatible-store.md): `blobs/<sha256>` and `tmp/<id>`.
 *
 * - `stage` streams the upload to a local file first (hashing, counting and sniffing it as the
 *   folder store does), then, once the bytes are accepted, streams that file to `tmp/<id>` in one
 *   PUT of known length, with its SHA-256 for the store to check. Memory stays flat: a PUT of
 *   unknown length would need a multipart upload, which holds each part (5 MB at least) in memory.
 * - `commit` copies `tmp/<id>` to `blobs/<sha256>` inside the store (no bytes pass through the
 *   tracker, so the upload's transaction and lock stay short), then removes `tmp/<id>`. S3 answers
 *   a PUT or copy only once the object is durable, so a committed row always has its bytes.
 * - What a crash leaves, a local staged file or a `tmp/` object, is listed by `listStaged` for the
 *   sweep; `writtenAt` is the object's LastModified.
 */
export function s3DocumentStore(config: S3Config, { stagingDir }: { stagingDir: string }): DocumentStore {
  const client = s3Client(config, { requestTimeout: 60_000, maxAttempts: 3 });
  const Bucket = config.bucket;
  const blobKey = (sha256: string) => {
    if (!SHA256_HEX.test(sha256)) throw new Error(`not a SHA-256: ${sha256}`);
    return `${BLOBS}${sha256}`;
  };
  const tempKey = (id: string) => {
    if (!STAGED_ID.test(id)) throw new Error(`not a staged upload: ${id}`);
    return `${TMP}${id}`;
  };
  /** Runs one request; a failure of the store itself becomes a DocumentStoreUnavailableError naming what to fix. */
  const send = async <T>(what: string, request: () => Promise<T>): Promise<T> => {
    try {
      return await request();
    } catch (error) {
      throw unavailable(config, what, error);
    }
  };
  const notFound = (error: unknown) => error instanceof S3ServiceException && (error.name === "NoSuchKey" || error.name === "NotFound");
  const removeObject = (Key: string, what: string) => send(what, () => client.send(new DeleteObjectCommand({ Bucket, Key })));

  async function* listed(Prefix: string): AsyncIterable<{ name: string; writtenAt: Date }> {
    let ContinuationToken: string | undefined;
    do {
      const page = await send(Prefix === TMP ? "list the unfinished uploads" : "list the documents", () => client.send(new ListObjectsV2Command({ Bucket, Prefix, ContinuationToken })));
      for (const object of page.Contents ?? []) {
        if (object.Key && object.LastModified) yield { name: object.Key.slice(Prefix.length), writtenAt: object.LastModified };
      }
      ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (ContinuationToken);
  }

  return {
    async stage(body, { maxBytes }) {
      const result = await stageToFolder(stagingDir, body, { maxBytes });
      if (result.outcome !== "staged") return result;
      const { staged } = result;
      const file = stagedFilePath(stagingDir, staged.id);
      try {
        // The SDK does not retry a request whose body is a stream; the file can be read again, so
        // a failure that may pass (the network, a 5xx) is tried again here, twice.
        for (let attempt = 1; ; attempt++) {
          const bytes = createReadStream(file);
          try {
            await client.send(
              new PutObjectCommand({
                Bucket,
                Key: tempKey(staged.id),
                Body: bytes,
                ContentLength: staged.size,
                ContentType: staged.mediaType,
                ChecksumSHA256: Buffer.from(staged.sha256, "hex").toString("base64"),
              }),
            );
            break;
          } catch (error) {
            const status = error instanceof S3ServiceException ? (error.$metadata.httpStatusCode ?? 500) : 500;
            if (attempt >= 3 || status < 500) throw unavailable(config, "store an upload", error);
            await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
          } finally {
            // Closed whether or not the request read it (a refused request may not have).
            bytes.destroy();
          }
        }
      } finally {
        await rm(file, { force: true });
      }
      return result;
    },

    async commit(staged) {
      // Copying over bytes already there puts the same bytes there: harmless, and it restores
      // bytes that went missing (and renews their LastModified, which the sweep checks again).
      await send("commit an upload", () => client.send(new CopyObjectCommand({ Bucket, Key: blobKey(staged.sha256), CopySource: `${Bucket}/${tempKey(staged.id)}` })));
      // Best effort: a leftover in tmp/ is the sweep's, an hour later.
      await removeObject(tempKey(staged.id), "remove a committed upload's temporary copy").catch(() => {});
    },

    async discard(staged) {
      await rm(stagedFilePath(stagingDir, staged.id), { force: true });
      // Best effort, as it runs after a refusal or failure whose own error is what the caller
      // must see; a leftover is the sweep's.
      await removeObject(tempKey(staged.id), "discard an upload").catch(() => {});
    },

    async get(sha256) {
      if (!SHA256_HEX.test(sha256)) return null;
      try {
        const object = await client.send(new GetObjectCommand({ Bucket, Key: blobKey(sha256) }));
        return { stream: object.Body as Readable, size: Number(object.ContentLength) };
      } catch (error) {
        if (notFound(error)) return null;
        throw unavailable(config, "read a document", error);
      }
    },

    async delete(sha256) {
      await removeObject(blobKey(sha256), "remove a document");
    },

    async *list() {
      for await (const { name, writtenAt } of listed(BLOBS)) if (SHA256_HEX.test(name)) yield { sha256: name, writtenAt };
    },

    async *listStaged() {
      const seen = new Set<string>();
      // Local files of uploads cut short by a crash before they reached the store, then tmp/ objects.
      for await (const staged of stagedInFolder(stagingDir)) {
        seen.add(staged.id);
        yield staged;
      }
      for await (const { name, writtenAt } of listed(TMP)) if (STAGED_ID.test(name) && !seen.has(name)) yield { id: name, writtenAt };
    },

    async removeStaged(id) {
      await rm(stagedFilePath(stagingDir, id), { force: true });
      await removeObject(tempKey(id), "remove an unfinished upload");
    },

    async writtenAt(sha256) {
      if (!SHA256_HEX.test(sha256)) return null;
      try {
        return (await client.send(new HeadObjectCommand({ Bucket, Key: blobKey(sha256) }))).LastModified ?? null;
      } catch (error) {
        if (notFound(error)) return null;
        throw unavailable(config, "look up a document", error);
      }
    },
  };
}

/** Whether the bucket can be reached with these keys; throws a DocumentStoreUnavailableError naming what to fix. */
export async function checkS3Store(config: S3Config): Promise<void> {
  const client = s3Client(config, { requestTimeout: 15_000, maxAttempts: 1 });
  try {
    await client.send(new HeadBucketCommand({ Bucket: config.bucket }));
  } catch (error) {
    // HEAD has no body: a 404 is the bucket missing.
    const status = error instanceof S3ServiceException ? error.$metadata.httpStatusCode : undefined;
    throw status === 404 ? bucketMissing(config) : unavailable(config, "reach the bucket", error);
  } finally {
    client.destroy();
  }
}

function s3Client(config: S3Config, { requestTimeout, maxAttempts }: { requestTimeout: number; maxAttempts: number }): S3Client {
  return new S3Client({
    endpoint: config.endpoint,
    region: config.region,
    forcePathStyle: config.forcePathStyle,
    credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey },
    // Checksums only where the API requires one: S3-compatible servers do not all take the
    // SDK's default CRC32 trailers (aws-chunked bodies). The SHA-256 is sent explicitly instead.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
    // An unreachable endpoint fails in seconds, not at the operating system's timeout;
    // requestTimeout is the longest silence of a connection, not the length of a transfer.
    requestHandler: { connectionTimeout: 5_000, requestTimeout },
    maxAttempts,
    // Failed requests are reported by the store itself, in one line saying what to fix (a missing
    // document is not even a failure), and its warning that a streamed body is not retried is
    // answered in stage, which retries itself; anything else the SDK warns of goes to the log.
    logger: {
      debug: () => {},
      info: () => {},
      error: () => {},
      warn: (...args: unknown[]) => {
        if (!/non-retryable streaming request/.test(String(args[0]))) console.warn("[tracker] S3 client:", ...args);
      },
    },
  });
}

const bucketMissing = (config: S3Config) =>
  new DocumentStoreUnavailableError(`The document store's bucket "${config.bucket}" does not exist at ${config.endpoint}: create it, or set S3_BUCKET to one that exists.`);

/** One sentence for the operator: what failed, and what to check. */
export function unavailable(config: S3Config, what: string, error: unknown): Error {
  if (error instanceof DocumentStoreUnavailableError) return error;
  if (error instanceof S3ServiceException) {
    const status = error.$metadata.httpStatusCode;
    if (error.name === "NoSuchBucket") return bucketMissing(config);
    if (status === 403 || /AccessDenied|InvalidAccessKeyId|SignatureDoesNotMatch/.test(error.name)) {
      return new DocumentStoreUnavailableError(
        `The document store at ${config.endpoint} refused to ${what} in the bucket "${config.bucket}" (${error.name}, HTTP ${status}): check S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY and the keys' rights on the bucket.`,
      );
    }
    return new DocumentStoreUnavailableError(`The document store at ${config.endpoint} could not ${what} in the bucket "${config.bucket}": ${error.name} (HTTP ${status ?? "?"}): ${error.message}`);
  }
  const code = (error as NodeJS.ErrnoException)?.code;
  const network = code && /^(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|EPIPE)$/.test(code);
  const timeout = (error as Error)?.name === "TimeoutError";
  if (network || timeout) {
    return new DocumentStoreUnavailableError(`The document store at ${config.endpoint} cannot be reached (${code ?? "timed out"}), so the tracker could not ${what}: check S3_ENDPOINT and that the store is running.`);
  }
  // A local failure (the staging folder, a bug): not the store's, left as it is.
  return error as Error;
}
