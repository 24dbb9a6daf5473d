import { casesExportHandler } from "@/lib/server/export/routes";

// GET /cases/export.csv?<the case list's filters>: every matching case as CSV (lib/core/export-columns.ts).
export const GET = casesExportHandler("csv");
