import { createImportResponse } from "@/lib/server/import/http";

/**
 * POST /api/v1/imports?kind=cases|milestones|sources&format=csv|json&dryRun=true|false — imports
 * the request body (the file itself, not a form) in one all-or-nothing transaction, and streams
 * what happens as JSON lines (application/x-ndjson): progress, one line per record, then `done`
 * or `error`. Analysts and admins; a session (same origin) or a Bearer token.
 */
export const POST = createImportResponse;

// A large file takes minutes; the response streams throughout.
export const dynamic = "force-dynamic";
