/**
 * Decides whether the production bundle is missing or stale: a hash of everything the build reads,
 * stored beside the bundle after a successful build.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const INPUTS = ["app", "components", "lib", "public", "prisma/schema.prisma", "next.config.ts", "proxy.ts", "instrumentation.ts", "tsconfig.json", "package-lock.json", "package.json"];
const SKIP = new Set(["node_modules", ".next", "generated"]);
const STAMP = path.join(".next", "tracker-build-stamp");

function walk(entry: string, files: string[]): void {
  if (!existsSync(entry)) return;
  if (statSync(entry).isDirectory()) {
    for (const name of readdirSync(entry).sort()) {
      if (!SKIP.has(name) && !name.endsWith(".test.ts")) walk(path.join(entry, name), files);
    }
  } else {
    files.push(entry);
  }
}

export function sourceHash(root = process.cwd()): string {
  const hash = createHash("sha256");
  const files: string[] = [];
  for (const input of INPUTS) walk(path.join(root, input), files);
  for (const file of files) {
    hash.update(path.relative(root, file));
    hash.update(readFileSync(file));
  }
  return hash.digest("hex");
}

export function buildIsCurrent(root = process.cwd()): boolean {
  const stamp = path.join(root, STAMP);
  return existsSync(path.join(root, ".next", "BUILD_ID")) && existsSync(stamp) && readFileSync(stamp, "utf8") === sourceHash(root);
}

export function writeBuildStamp(root = process.cwd()): void {
  writeFileSync(path.join(root, STAMP), sourceHash(root));
}
