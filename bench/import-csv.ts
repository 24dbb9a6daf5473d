/**
 * The synthetic cases CSV the bench imports, in `npm run import`'s format (lib/core/import/columns.ts):
 * two rows per case, two charges against one new accused, described on the case's first row.
 * Every external id starts with `bench-import-` (what the import adds is found, and removed, by
 * that prefix), every case is marked synthetic and says so in its title.
 */
import { once } from "node:events";
import { createWriteStream } from "node:fs";

export const IMPORT_PREFIX = "bench-import-";

export const IMPORT_HEADER = [
  "external_id", "reference", "title", "forum", "situation", "stage", "stage_date",
  "accused_id", "accused_name", "accused_kind", "accused_level", "crime", "mode", "provision_cited", "is_synthetic",
] as const;

const ACTS = ["shelling of civilians", "deportation of children", "torture of detainees", "looting of property", "unlawful detention"];
const PLACES = ["Kharkiv", "Mariupol", "Bucha", "Kherson", "Izium", "Irpin", "Chernihiv"];
const LEVELS = ["direct-perpetrator", "field-grade", "senior-command"];

/** The two CSV lines of synthetic case `i` (no cell holds a comma or a quote). */
export function importCaseLines(i: number): string {
  const id = `${IMPORT_PREFIX}case-${i}`;
  const accused = `${IMPORT_PREFIX}accused-${i}`;
  const date = `2023-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`;
  const title = `Synthetic imported case ${i}: ${ACTS[i % ACTS.length]} in ${PLACES[i % PLACES.length]}`;
  const first = [id, `BENCH-IMPORT-${i}`, title, "ukraine-domestic", "ukraine", "investigation", date,
    accused, `Synthetic import accused ${i}`, "natural", LEVELS[i % LEVELS.length]!, "war-crimes", "direct", "Article 438 of the Criminal Code of Ukraine", "yes"];
  const second = [id, "", "", "", "", "", "", accused, "", "", "", "crimes-against-humanity", "direct", "Article 442 of the Criminal Code of Ukraine", ""];
  return `${first.join(",")}\n${second.join(",")}\n`;
}

/** Cases in a file of about `rows` rows (two per case). */
export const importCases = (rows: number) => Math.max(1, Math.floor(rows / 2));

/** Writes the file a megabyte at a time, so that the bench's own memory stays flat. */
export async function writeImportFile(file: string, cases: number): Promise<void> {
  const out = createWriteStream(file, { encoding: "utf8" });
  let piece = IMPORT_HEADER.join(",") + "\n";
  for (let i = 1; i <= cases; i++) {
    piece += importCaseLines(i);
    if (piece.length > 1 << 20 || i === cases) {
      if (!out.write(piece)) await once(out, "drain");
      piece = "";
    }
  }
  out.end();
  await once(out, "finish");
}
