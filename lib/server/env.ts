/**
 * The environment, validated once with zod. Not `server-only`: the start script, the seed and the
 * tests read it too. Every variable is documented in the README.
 */
import path from "node:path";
import { z } from "zod";

const postgresUrl = z
  .string()
  .trim()
  .refine((v) => /^postgres(ql)?:\/\//.test(v), {
    message: "must be a postgres:// or postgresql:// URL",
  });

// An empty variable (PORT= in a shell or a .env file) means "not set": use the default.
const unsetIfEmpty = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

/** "52428800", "50MB", "512 KB", "1GB" as bytes (binary units: 1 MB = 1,048,576 bytes); anything else stays as it is, for zod to refuse. */
const bytesOf = (v: unknown) => {
  if (typeof v !== "string") return v;
  const m = /^(\d+)\s*(KB|MB|GB)?$/i.exec(v.trim());
  if (!m) return v;
  const unit = { KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3 }[(m[2] ?? "").toUpperCase() as "KB"] ?? 1;
  return Number(m[1]) * unit;
};

/** 50 MB: the largest document an upload may be unless DOCUMENT_MAX_BYTES says otherwise. */
export const DEFAULT_DOCUMENT_MAX_BYTES = 50 * 1024 * 1024;

const schema = z.object({
  DATABASE_URL: z.preprocess(unsetIfEmpty, postgresUrl.optional()),
  DATA_DIR: z.preprocess(unsetIfEmpty, z.string().trim().min(1).default(".data")),
  PORT: z.preprocess(unsetIfEmpty, z.coerce.number({ message: "must be a port number" }).int().min(1).max(65535).default(3000)),
  HOSTNAME: z.preprocess(unsetIfEmpty, z.string().trim().min(1).default("0.0.0.0")),
  // How many reverse proxies the tracker runs behind (0: none). Only then are X-Forwarded-For and
  // X-Forwarded-Host believed, and only as far as those proxies (docs/decisions/026-trusting-proxies.md).
  TRUSTED_PROXY_HOPS: z.preprocess(unsetIfEmpty, z.coerce.number({ message: "must be a whole number" }).int().min(0).max(10).default(0)),
  NEXTAUTH_SECRET: z.preprocess(unsetIfEmpty, z.string().min(32, { message: "must be at least 32 characters (e.g. openssl rand -base64 48)" }).optional()),
  NEXTAUTH_URL: z.preprocess(unsetIfEmpty, z.url({ message: "must be the tracker's public URL, e.g. https://tracker.example.org" }).optional()),
  // Where uploaded documents are kept (docs/decisions/049-documents-stored-by-fingerprint.md); unset: DATA_DIR/documents.
  DOCUMENTS_DIR: z.preprocess(unsetIfEmpty, z.string().trim().min(1).optional()),
  // The largest document an upload may be (the database's integer column holds up to 2 GB).
  DOCUMENT_MAX_BYTES: z.preprocess(
    (v) => bytesOf(unsetIfEmpty(v)),
    z
      .number({ message: "must be a size in bytes, or with KB, MB or GB (e.g. 50MB)" })
      .int({ message: "must be a size in bytes, or with KB, MB or GB (e.g. 50MB)" })
      .min(1, { message: "must be a size in bytes, or with KB, MB or GB (e.g. 50MB)" })
      .max(2 ** 31 - 1, { message: "must be less than 2 GB" })
      .default(DEFAULT_DOCUMENT_MAX_BYTES),
  ),
  // An S3-compatible object store for the documents instead of the folder (docs/decisions/051-documents-in-an-s3-compatible-store.md):
  // S3_ENDPOINT turns it on, and then the bucket and the keys must be set too.
  S3_ENDPOINT: z.preprocess(unsetIfEmpty, z.url({ protocol: /^https?$/, message: "must be the store's http:// or https:// URL, e.g. https://s3.eu-central-1.amazonaws.com" }).optional()),
  S3_BUCKET: z.preprocess(unsetIfEmpty, z.string().trim().min(1).optional()),
  S3_ACCESS_KEY_ID: z.preprocess(unsetIfEmpty, z.string().trim().min(1).optional()),
  S3_SECRET_ACCESS_KEY: z.preprocess(unsetIfEmpty, z.string().min(1).optional()),
  S3_REGION: z.preprocess(unsetIfEmpty, z.string().trim().min(1).optional()),
  // Addresses the bucket as endpoint/bucket/key (what most S3-compatible servers want; the default) rather than bucket.endpoint/key.
  S3_FORCE_PATH_STYLE: z.preprocess(unsetIfEmpty, z.enum(["true", "false"], { message: 'must be "true" or "false"' }).optional()),
}).superRefine((env, ctx) => {
  const needed = ["S3_BUCKET", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"] as const;
  if (env.S3_ENDPOINT) {
    for (const name of needed) {
      if (!env[name]) ctx.addIssue({ code: "custom", path: [name], message: "must be set when S3_ENDPOINT is (the documents are then kept in that S3-compatible store)" });
    }
  } else {
    const set = [...needed, "S3_REGION", "S3_FORCE_PATH_STYLE"].find((name) => env[name as keyof typeof env] !== undefined);
    if (set) ctx.addIssue({ code: "custom", path: [set], message: "is set but S3_ENDPOINT is not: set S3_ENDPOINT to keep the documents in an S3-compatible store, or unset the S3 variables to keep them in DOCUMENTS_DIR" });
  }
});

export type Env = z.infer<typeof schema>;

export class ConfigurationError extends Error {
  override name = "ConfigurationError";
}

export function readEnv(source: Readonly<Record<string, string | undefined>> = process.env): Env {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigurationError(`${issue.path.join(".")} ${issue.message}.`);
  }
  return parsed.data;
}

/** What the request headers may be believed about: the proxies in front, and the public URL. */
export function proxyTrust(env: Env = readEnv()): { trustedProxyHops: number; publicUrl: string | undefined } {
  return { trustedProxyHops: env.TRUSTED_PROXY_HOPS, publicUrl: env.NEXTAUTH_URL };
}

export type DatabaseTarget =
  | { kind: "postgres"; url: string; label: string }
  | { kind: "pglite"; dataDir: string; label: string };

/** Postgres at DATABASE_URL when it is set; otherwise the embedded PGlite under DATA_DIR. */
export function databaseTarget(env: Env = readEnv()): DatabaseTarget {
  if (env.DATABASE_URL) {
    const url = new URL(env.DATABASE_URL);
    const where = `${url.hostname}${url.port ? `:${url.port}` : ""}${url.pathname}`;
    return { kind: "postgres", url: env.DATABASE_URL, label: `PostgreSQL server at ${where}` };
  }
  const dataDir = path.resolve(env.DATA_DIR, "pglite");
  return { kind: "pglite", dataDir, label: `embedded PostgreSQL (PGlite) in ${dataDir}` };
}

export type S3Config = { endpoint: string; bucket: string; accessKeyId: string; secretAccessKey: string; region: string; forcePathStyle: boolean };

/** The S3-compatible store the documents are kept in, when S3_ENDPOINT is set; null: the folder (documentsDir). */
export function s3Config(env: Env = readEnv()): S3Config | null {
  if (!env.S3_ENDPOINT) return null;
  return {
    endpoint: env.S3_ENDPOINT,
    bucket: env.S3_BUCKET!,
    accessKeyId: env.S3_ACCESS_KEY_ID!,
    secretAccessKey: env.S3_SECRET_ACCESS_KEY!,
    // Most S3-compatible servers ignore the region, but the request signature names one.
    region: env.S3_REGION ?? "us-east-1",
    forcePathStyle: env.S3_FORCE_PATH_STYLE !== "false",
  };
}

/** Where the documents are kept, for the start's log: the bucket, or the folder. */
export function documentStoreLabel(env: Env = readEnv()): string {
  const s3 = s3Config(env);
  return s3 ? `S3-compatible store, bucket "${s3.bucket}" at ${s3.endpoint}` : `folder ${documentsDir(env)}`;
}

/** The folder of the document store: DOCUMENTS_DIR, else `documents` beside the embedded database in DATA_DIR. */
export function documentsDir(env: Env = readEnv()): string {
  return path.resolve(env.DOCUMENTS_DIR ?? path.join(env.DATA_DIR, "documents"));
}
