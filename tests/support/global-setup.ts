/**
 * Vitest's global setup: hands the tests a Postgres server and a migrated template database.
 * Under `npm test` the harness (scripts/test.ts) has made both and passes them in
 * TEST_DATABASE_URL and TEST_TEMPLATE_DATABASE. When Vitest runs on its own (`npx vitest`), this
 * makes them here: a template on TEST_DATABASE_URL's server, or a throwaway cluster, removed at the end.
 */
import type { TestProject } from "vitest/node";
import { provisionPostgres } from "./postgres";

declare module "vitest" {
  export interface ProvidedContext {
    /** A role that may create and drop databases, e.g. postgresql://postgres@127.0.0.1:PORT/postgres. */
    postgresAdminUrl: string;
    /** The migrated template every test database is copied from. */
    postgresTemplate: string;
  }
}

export default async function setup(project: TestProject) {
  const adminUrl = process.env.TEST_DATABASE_URL;
  const template = process.env.TEST_TEMPLATE_DATABASE;
  if (adminUrl && template) {
    project.provide("postgresAdminUrl", adminUrl);
    project.provide("postgresTemplate", template);
    return;
  }
  const server = await provisionPostgres((line) => console.log(`[global-setup] ${line}`), adminUrl);
  project.provide("postgresAdminUrl", server.adminUrl);
  project.provide("postgresTemplate", server.template);
  return () => server.stop();
}
