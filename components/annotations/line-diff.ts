/**
 * A line-by-line comparison of two versions of a note, for the version history: which lines were
 * removed, added or kept. jsdiff's `diffLines` (Myers' algorithm). Pure; no React.
 */
import { diffLines } from "diff";

export type DiffLine = { kind: "same" | "removed" | "added"; text: string };

/**
 * Beyond this many lines added and removed the comparison gives up (jsdiff's maxEditLength) and
 * the whole text is shown as replaced: the page is rendered on the server, on every request.
 */
const MAX_EDIT_LENGTH = 500;

export function lineDiff(before: string, after: string): DiffLine[] {
  const changes = diffLines(before, after, { ignoreNewlineAtEof: true, maxEditLength: MAX_EDIT_LENGTH });
  if (!changes) return [...linesOf(before, "removed"), ...linesOf(after, "added")];
  return changes.flatMap((change) => linesOf(change.value, change.added ? "added" : change.removed ? "removed" : "same"));
}

/** A change's text as lines (jsdiff keeps each line's "\n"). */
function linesOf(text: string, kind: DiffLine["kind"]): DiffLine[] {
  if (text === "") return [];
  const lines = text.split("\n");
  if (text.endsWith("\n")) lines.pop();
  return lines.map((line) => ({ kind, text: line }));
}
