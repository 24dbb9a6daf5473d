/**
 * An S3-compatible server for the tests (docs/decisions/051-documents-in-an-s3-compatible-store.md):
 * s3rver, an npm devDependency, run as a child process on a free loopback port with its objects in
 * a temporary folder, removed on stop. The harness (scripts/test.ts) starts one for the whole run
 * and passes it in TEST_S3_ENDPOINT; Vitest's global setup starts one when Vitest runs on its own.
 * Each test makes its own bucket on it (testBucket).
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { CreateBucketCommand, S3Client } from "@aws-sdk/client-s3";
import type { S3Config } from "@/lib/server/env";
import { freePort, HarnessError } from "./postgres";
import { waitForOutput } from "./wait-for-output";

/** The only keys s3rver takes (it checks the signatures made with them). */
export const S3_TEST_KEYS = { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" } as const;

export type S3TestServer = { endpoint: string; stop(): Promise<void> };

export async function startS3Server(): Promise<S3TestServer> {
  const require = createRequire(import.meta.url);
  const cli = path.join(path.dirname(require.resolve("s3rver/package.json")), "bin", "s3rver.js");
  const directory = mkdtempSync(path.join(os.tmpdir(), "tracker-s3-"));
  const port = await freePort();
  const child = spawn(process.execPath, [cli, "--directory", directory, "--address", "127.0.0.1", "--port", String(port), "--silent", "--no-vhost-buckets"], {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, NODE_NO_WARNINGS: "1" },
  });
  let out = "";
  child.stdout!.on("data", (chunk) => (out += chunk));
  child.stderr!.on("data", (chunk) => (out += chunk));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once("close", resolve));
      child.kill("SIGTERM");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    }
    rmSync(directory, { recursive: true, force: true });
  };
  try {
    await waitForOutput(child, () => out, /S3rver listening/, { ms: 30_000, failure: (why) => new HarnessError(`The S3-compatible test server (s3rver) ${why}:\n${out}`) });
  } catch (error) {
    await stop();
    throw error;
  }
  return { endpoint: `http://127.0.0.1:${port}`, stop };
}

/** A new, empty bucket on the server at `endpoint`, as the tracker's S3 configuration names it. */
export async function testBucket(endpoint: string): Promise<S3Config> {
  const config: S3Config = { endpoint, bucket: `tracker-test-${randomBytes(6).toString("hex")}`, ...S3_TEST_KEYS, region: "us-east-1", forcePathStyle: true };
  const client = new S3Client({ endpoint, region: config.region, forcePathStyle: true, credentials: S3_TEST_KEYS });
  try {
    await client.send(new CreateBucketCommand({ Bucket: config.bucket }));
  } finally {
    client.destroy();
  }
  return config;
}

/** The tracker's S3 variables: scrubbed from the environment of the tests and their servers, which set their own. */
export const S3_VARIABLES = ["S3_ENDPOINT", "S3_BUCKET", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY", "S3_REGION", "S3_FORCE_PATH_STYLE"] as const;

/** The variables that point a tracker at `config`. */
export function s3Env(config: S3Config): Record<string, string> {
  return {
    S3_ENDPOINT: config.endpoint,
    S3_BUCKET: config.bucket,
    S3_ACCESS_KEY_ID: config.accessKeyId,
    S3_SECRET_ACCESS_KEY: config.secretAccessKey,
    S3_REGION: config.region,
    S3_FORCE_PATH_STYLE: String(config.forcePathStyle),
  };
}
