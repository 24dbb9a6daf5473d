import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigurationError, databaseTarget, documentsDir, readEnv as readProcessEnv, s3Config } from "./env";

// Next's types make NODE_ENV required in NodeJS.ProcessEnv; these tables are plain variable maps.
type Vars = Record<string, string>;
const readEnv = (vars?: Vars) => readProcessEnv(vars as unknown as NodeJS.ProcessEnv | undefined);

describe("readEnv", () => {
  it("defaults everything when nothing is set", () => {
    expect(readEnv({})).toEqual({ DATABASE_URL: undefined, DATA_DIR: ".data", PORT: 3000, HOSTNAME: "0.0.0.0", TRUSTED_PROXY_HOPS: 0, DOCUMENT_MAX_BYTES: 50 * 1024 * 1024 });
  });

  it.each([
    [{ DATABASE_URL: "postgresql://u:p@db.example:5433/tracker" }, { DATABASE_URL: "postgresql://u:p@db.example:5433/tracker" }],
    [{ DATABASE_URL: "postgres://localhost/tracker" }, { DATABASE_URL: "postgres://localhost/tracker" }],
    [{ DATABASE_URL: "  postgresql://localhost/tracker  " }, { DATABASE_URL: "postgresql://localhost/tracker" }],
    // An empty variable (e.g. `DATABASE_URL= npm start`, or `PORT=` in a .env file) means "unset":
    // the default applies, and npm start prints which database it uses.
    [{ DATABASE_URL: "" }, { DATABASE_URL: undefined }],
    [{ DATABASE_URL: "   " }, { DATABASE_URL: undefined }],
    [{ DATA_DIR: "   " }, { DATA_DIR: ".data" }],
    [{ PORT: "" }, { PORT: 3000 }],
    [{ HOSTNAME: "" }, { HOSTNAME: "0.0.0.0" }],
    [{ DATA_DIR: "/var/lib/tracker" }, { DATA_DIR: "/var/lib/tracker" }],
    [{ DATA_DIR: " data " }, { DATA_DIR: "data" }],
    [{ PORT: "8080" }, { PORT: 8080 }],
    [{ PORT: "1" }, { PORT: 1 }],
    [{ PORT: "65535" }, { PORT: 65535 }],
    [{ HOSTNAME: "127.0.0.1" }, { HOSTNAME: "127.0.0.1" }],
    [{ DOCUMENT_MAX_BYTES: "" }, { DOCUMENT_MAX_BYTES: 52428800 }],
    [{ DOCUMENT_MAX_BYTES: "1000" }, { DOCUMENT_MAX_BYTES: 1000 }],
    [{ DOCUMENT_MAX_BYTES: "50MB" }, { DOCUMENT_MAX_BYTES: 52428800 }],
    [{ DOCUMENT_MAX_BYTES: " 512 kb " }, { DOCUMENT_MAX_BYTES: 524288 }],
    [{ DOCUMENTS_DIR: "/srv/documents" }, { DOCUMENTS_DIR: "/srv/documents" }],
    // Variables the tracker does not read are ignored.
    [{ NODE_ENV: "production", HOME: "/root" }, {}],
  ] as Array<[Vars, Record<string, unknown>]>)("reads %j", (source, expected) => {
    expect(readEnv(source)).toMatchObject(expected);
  });

  it.each([
    [{ DATABASE_URL: "mysql://x" }, "DATABASE_URL"],
    [{ DATABASE_URL: "localhost:5432/tracker" }, "DATABASE_URL"],
    [{ PORT: "notaport" }, "PORT"],
    [{ PORT: "0" }, "PORT"],
    [{ PORT: "65536" }, "PORT"],
    [{ PORT: "3000.5" }, "PORT"],
    [{ PORT: "-1" }, "PORT"],
    [{ DOCUMENT_MAX_BYTES: "fifty" }, "DOCUMENT_MAX_BYTES"],
    [{ DOCUMENT_MAX_BYTES: "0" }, "DOCUMENT_MAX_BYTES"],
    [{ DOCUMENT_MAX_BYTES: "2.5MB" }, "DOCUMENT_MAX_BYTES"],
    [{ DOCUMENT_MAX_BYTES: "3GB" }, "DOCUMENT_MAX_BYTES"],
    // The S3-compatible store: S3_ENDPOINT without the rest names the first one missing.
    [{ S3_ENDPOINT: "https://s3.example.org" }, "S3_BUCKET"],
    [{ S3_ENDPOINT: "https://s3.example.org", S3_BUCKET: "documents" }, "S3_ACCESS_KEY_ID"],
    [{ S3_ENDPOINT: "https://s3.example.org", S3_BUCKET: "documents", S3_ACCESS_KEY_ID: "key" }, "S3_SECRET_ACCESS_KEY"],
    [{ S3_ENDPOINT: "s3.example.org", S3_BUCKET: "documents", S3_ACCESS_KEY_ID: "key", S3_SECRET_ACCESS_KEY: "secret" }, "S3_ENDPOINT"],
    [{ S3_ENDPOINT: "ftp://s3.example.org", S3_BUCKET: "documents", S3_ACCESS_KEY_ID: "key", S3_SECRET_ACCESS_KEY: "secret" }, "S3_ENDPOINT"],
    [{ S3_ENDPOINT: "https://s3.example.org", S3_BUCKET: "documents", S3_ACCESS_KEY_ID: "key", S3_SECRET_ACCESS_KEY: "secret", S3_FORCE_PATH_STYLE: "yes" }, "S3_FORCE_PATH_STYLE"],
    // The rest without S3_ENDPOINT: the documents would silently stay in the folder.
    [{ S3_BUCKET: "documents", S3_ACCESS_KEY_ID: "key", S3_SECRET_ACCESS_KEY: "secret" }, "S3_BUCKET"],
    [{ S3_REGION: "eu-central-1" }, "S3_REGION"],
  ] as Array<[Vars, string]>)("refuses %j, naming %s in one sentence", (source, variable) => {
    let error: unknown;
    try {
      readEnv(source);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    const message = (error as Error).message;
    expect(message.startsWith(`${variable} `)).toBe(true);
    expect(message).toMatch(/\.$/);
    expect(message).not.toContain("\n");
  });

  it("reads process.env when given nothing", () => {
    const saved = process.env.PORT;
    process.env.PORT = "4321";
    try {
      expect(readEnv().PORT).toBe(4321);
    } finally {
      if (saved === undefined) delete process.env.PORT;
      else process.env.PORT = saved;
    }
  });
});

describe("databaseTarget", () => {
  it.each([
    ["postgresql://postgres@127.0.0.1:5432/tracker", "PostgreSQL server at 127.0.0.1:5432/tracker"],
    ["postgres://db.example/tracker", "PostgreSQL server at db.example/tracker"],
    // The label goes to the console: never the password.
    ["postgresql://admin:s3cret@db.example:6543/prod?sslmode=require", "PostgreSQL server at db.example:6543/prod"],
  ])("%s is a Postgres server labelled %j", (url, label) => {
    const target = databaseTarget(readEnv({ DATABASE_URL: url }));
    expect(target).toEqual({ kind: "postgres", url, label });
    expect(target.label).not.toContain("s3cret");
  });

  it.each([
    [{}, path.resolve(".data", "pglite")],
    [{ DATABASE_URL: "" }, path.resolve(".data", "pglite")],
    [{ DATA_DIR: "/srv/tracker" }, "/srv/tracker/pglite"],
    [{ DATA_DIR: "relative/dir" }, path.resolve("relative/dir", "pglite")],
  ] as Array<[Vars, string]>)("without DATABASE_URL, %j is the embedded database in %s", (source, dataDir) => {
    const target = databaseTarget(readEnv(source));
    expect(target).toEqual({ kind: "pglite", dataDir, label: `embedded PostgreSQL (PGlite) in ${dataDir}` });
  });

  it.each([
    [{}, path.resolve(".data", "documents")],
    [{ DATA_DIR: "/srv/tracker" }, "/srv/tracker/documents"],
    [{ DATA_DIR: "/srv/tracker", DOCUMENTS_DIR: "/mnt/documents" }, "/mnt/documents"],
    [{ DOCUMENTS_DIR: "docs-here" }, path.resolve("docs-here")],
  ] as Array<[Vars, string]>)("keeps documents for %j in %s", (source, folder) => {
    expect(documentsDir(readEnv(source))).toBe(folder);
  });

  it("keeps documents in the S3-compatible store only when S3_ENDPOINT is set, path-style and us-east-1 unless told", () => {
    expect(s3Config(readEnv({}))).toBeNull();
    const keys = { S3_BUCKET: "documents", S3_ACCESS_KEY_ID: "key", S3_SECRET_ACCESS_KEY: "secret" };
    expect(s3Config(readEnv({ S3_ENDPOINT: "http://127.0.0.1:9000", ...keys }))).toEqual({ endpoint: "http://127.0.0.1:9000", bucket: "documents", accessKeyId: "key", secretAccessKey: "secret", region: "us-east-1", forcePathStyle: true });
    expect(s3Config(readEnv({ S3_ENDPOINT: "https://s3.eu-central-1.amazonaws.com", ...keys, S3_REGION: "eu-central-1", S3_FORCE_PATH_STYLE: "false" }))).toMatchObject({ region: "eu-central-1", forcePathStyle: false });
    // Empty is unset, as for every variable.
    expect(s3Config(readEnv({ S3_ENDPOINT: "", S3_BUCKET: "" }))).toBeNull();
  });

  it("prefers DATABASE_URL over DATA_DIR", () => {
    expect(databaseTarget(readEnv({ DATABASE_URL: "postgresql://h/db", DATA_DIR: "/srv/x" })).kind).toBe("postgres");
  });
});
