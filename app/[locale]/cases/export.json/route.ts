import { casesExportHandler } from "@/lib/server/export/routes";

// GET /cases/export.json?<the case list's filters>: every matching case as a JSON array (lib/core/export-columns.ts).
export const GET = casesExportHandler("json");
