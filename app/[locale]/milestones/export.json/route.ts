import { milestonesExportHandler } from "@/lib/server/export/routes";

// GET /milestones/export.json?track=&type=&forum=&year=: the filtered timeline as a JSON array (lib/core/export-columns.ts).
export const GET = milestonesExportHandler("json");
