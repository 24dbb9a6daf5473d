import { milestonesExportHandler } from "@/lib/server/export/routes";

// GET /milestones/export.csv?track=&type=&forum=&year=: the filtered timeline as CSV (lib/core/export-columns.ts).
export const GET = milestonesExportHandler("csv");
