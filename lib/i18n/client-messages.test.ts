/**
 * Every namespace a client component reads (directly or through a component it imports) is among
 * those the layout sends to the browser; a missing one would leave the browser without its words.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import { CLIENT_NAMESPACES, clientMessages } from "./client-messages";

const ROOT = path.resolve(__dirname, "../..");

function resolve(specifier: string, from: string): string | null {
  const base = specifier.startsWith("@/") ? path.join(ROOT, specifier.slice(2)) : specifier.startsWith(".") ? path.resolve(path.dirname(from), specifier) : null;
  if (!base) return null;
  for (const ext of ["", ".tsx", ".ts", "/index.tsx", "/index.ts"]) if (existsSync(base + ext) && !(base + ext).endsWith(".json") && /\.tsx?$/.test(base + ext)) return base + ext;
  return null;
}

/** The namespaces read by `useTranslations` in client components and everything they import. */
function clientNamespaces(): Map<string, string> {
  const sources = ["app", "components"]
    .flatMap((dir) => readdirSync(path.join(ROOT, dir), { recursive: true, encoding: "utf8" }).map((f) => path.join(ROOT, dir, f)))
    .filter((f) => /\.tsx?$/.test(f) && !f.includes(".test."));
  const stack = sources.filter((f) => readFileSync(f, "utf8").trimStart().startsWith('"use client"'));
  const seen = new Set<string>();
  const found = new Map<string, string>();
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/useTranslations\(\s*(?:"([^"]*)")?\s*\)/g)) found.set(m[1] ?? "", path.relative(ROOT, file));
    for (const m of text.matchAll(/from\s+"([^"]+)"/g)) {
      const next = resolve(m[1]!, file);
      if (next) stack.push(next);
    }
  }
  return found;
}

describe("the messages sent to the browser", () => {
  it("hold every namespace a client component reads", () => {
    const missing = [...clientNamespaces()].filter(([namespace]) => !CLIENT_NAMESPACES.some((n) => namespace === n || namespace.startsWith(`${n}.`))).map(([n, file]) => `${n || "(the whole catalogue)"} in ${file}`);
    expect(missing).toEqual([]);
  });

  it("keep only the listed namespaces, nested ones as parts of their parents", () => {
    const picked = clientMessages(en);
    expect(Object.keys(picked).sort()).toEqual([...new Set(CLIENT_NAMESPACES.map((n) => n.split(".")[0]!))].sort());
    expect(Object.keys((picked as { Shared: object }).Shared)).toEqual(["confirmForm"]);
    expect(picked.Nav).toEqual(en.Nav);
    expect(JSON.stringify(picked).length).toBeLessThan(JSON.stringify(en).length);
  });
});
