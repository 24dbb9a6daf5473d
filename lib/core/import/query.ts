/**
 * The parameters of `POST /api/v1/imports` (and the page that calls it): what the file holds, in
 * which format, and whether to write. Pure; unknown parameters are refused, naming them.
 */
import { z } from "zod";
import { IMPORT_FORMATS, IMPORT_KINDS } from "./types";

export const importQuerySchema = z
  .object({
    kind: z.enum(IMPORT_KINDS, { message: `kind is required: one of ${IMPORT_KINDS.join(", ")}` }),
    format: z.enum(IMPORT_FORMATS, { message: `format is required: csv or json` }),
    dryRun: z.enum(["true", "false"], { message: "dryRun must be true (check only) or false (import)" }).transform((v) => v === "true"),
  })
  .strict();

export type ImportQuery = z.infer<typeof importQuerySchema>;

/** The format a file name says, or null: the page and the CLI infer it from the extension. */
export function formatOfFileName(name: string): "csv" | "json" | null {
  const m = /\.(csv|json)$/i.exec(name.trim());
  return m ? (m[1]!.toLowerCase() as "csv" | "json") : null;
}

/** The largest file the page accepts: 512 MB, far above 200,000 case rows (about 60 MB). */
export const MAX_IMPORT_BYTES = 512 * 1024 * 1024;
