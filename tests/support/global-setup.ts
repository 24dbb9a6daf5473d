/**
 * Vitest's global setup: hands the tests a Postgres server and a migrated template database, and an
 * S3-compatible server (tests/support/s3-server.ts).
 * Under `npm test` the harness (scripts/test.ts) has made them and passes them in
 * TEST_DATABASE_URL, TEST_TEMPLATE_DATABASE and TEST_S3_ENDPOINT. When Vitest runs on its own
 * (`npx vitest`), this makes them here: a template on TEST_DATABASE_URL's server, or a throwaway
 * cluster, and an s3rver, removed at the end.
 */
import type { TestProject } from "vitest/node";
import { provisionPostgres } from "./postgres";
import { startS3Server } from "./s3-server";

declare module "vitest" {
  export interface ProvidedContext {
    /** A role that may create and drop databases, e.g. postgresql://postgres@127.0.0.1:PORT/postgres. */
    postgresAdminUrl: string;
    /** The migrated template every test database is copied from. */
    postgresTemplate: string;
    /** An S3-compatible server (s3rver) for the S3 document store's tests, e.g. http://127.0.0.1:PORT. */
    s3Endpoint: string;
  }
}

export default async function setup(project: TestProject) {
  const stops: Array<() => Promise<void>> = [];
  // The harness passes its S3-compatible server in TEST_S3_ENDPOINT; otherwise one is started here.
  if (process.env.TEST_S3_ENDPOINT) project.provide("s3Endpoint", process.env.TEST_S3_ENDPOINT);
  else {
    const s3 = await startS3Server();
    stops.push(s3.stop);
    project.provide("s3Endpoint", s3.endpoint);
  }
  const adminUrl = process.env.TEST_DATABASE_URL;
  const template = process.env.TEST_TEMPLATE_DATABASE;
  if (adminUrl && template) {
    project.provide("postgresAdminUrl", adminUrl);
    project.provide("postgresTemplate", template);
  } else {
    const server = await provisionPostgres((line) => console.log(`[global-setup] ${line}`), adminUrl);
    stops.push(() => server.stop());
    project.provide("postgresAdminUrl", server.adminUrl);
    project.provide("postgresTemplate", server.template);
  }
  return async () => {
    for (const stop of stops.reverse()) await stop();
  };
}
