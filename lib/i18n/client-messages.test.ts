/**
 * Every namespace a client component reads (directly or through a component it imports) is among
 * those the layout sends to the browser, or, for a page's own namespace (Account, Import), sent by
 * every page that renders the component (PageMessages); a missing one would leave the browser
 * without its words.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import { CLIENT_NAMESPACES, clientMessages, PAGE_NAMESPACES } from "./client-messages";

const ROOT = path.resolve(__dirname, "../..");

function resolve(specifier: string, from: string): string | null {
  const base = specifier.startsWith("@/") ? path.join(ROOT, specifier.slice(2)) : specifier.startsWith(".") ? path.resolve(path.dirname(from), specifier) : null;
  if (!base) return null;
  for (const ext of ["", ".tsx", ".ts", "/index.tsx", "/index.ts"]) if (existsSync(base + ext) && !(base + ext).endsWith(".json") && /\.tsx?$/.test(base + ext)) return base + ext;
  return null;
}

/** Every source file of the app (tests aside), and the files each imports. */
function importGraph(): Map<string, string[]> {
  const files = ["app", "components", "lib"]
    .flatMap((dir) => readdirSync(path.join(ROOT, dir), { recursive: true, encoding: "utf8" }).map((f) => path.join(ROOT, dir, f)))
    .filter((f) => /\.tsx?$/.test(f) && !f.includes(".test.") && !f.includes(`${path.sep}generated${path.sep}`));
  return new Map(files.map((file) => [file, [...readFileSync(file, "utf8").matchAll(/from\s+"([^"]+)"/g)].map((m) => resolve(m[1]!, file)).filter((f): f is string => f !== null)]));
}

/** The namespaces read by `useTranslations` in client components and everything they import: [namespace, file] pairs. */
function clientNamespaces(graph: Map<string, string[]>): [string, string][] {
  const stack = [...graph.keys()].filter((f) => (f.startsWith(path.join(ROOT, "app")) || f.startsWith(path.join(ROOT, "components"))) && readFileSync(f, "utf8").trimStart().startsWith('"use client"'));
  const seen = new Set<string>();
  const found: [string, string][] = [];
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/useTranslations\(\s*(?:"([^"]*)")?\s*\)/g)) found.push([m[1] ?? "", file]);
    stack.push(...(graph.get(file) ?? resolveImports(file)));
  }
  return found;
}

const resolveImports = (file: string) => [...readFileSync(file, "utf8").matchAll(/from\s+"([^"]+)"/g)].map((m) => resolve(m[1]!, file)).filter((f): f is string => f !== null);

/** Whether a file wraps what it renders in <PageMessages namespaces={[…]}> with this namespace. */
const sends = (file: string, namespace: string) =>
  [...readFileSync(file, "utf8").matchAll(/<PageMessages\s+namespaces=\{\[([^\]]*)\]\}/g)].some((m) => m[1]!.split(",").map((s) => s.trim()).includes(`"${namespace}"`));

/**
 * The pages (files nobody imports) that render `file` without sending `namespace`: each way up the
 * imports from the component must pass a file that sends it.
 */
function pagesWithout(file: string, namespace: string, graph: Map<string, string[]>): string[] {
  const importers = new Map<string, string[]>();
  for (const [from, tos] of graph) for (const to of tos) importers.set(to, [...(importers.get(to) ?? []), from]);
  const out: string[] = [];
  const seen = new Set<string>();
  const stack = [file];
  while (stack.length > 0) {
    const f = stack.pop()!;
    if (seen.has(f)) continue;
    seen.add(f);
    if (sends(f, namespace)) continue;
    const up = importers.get(f) ?? [];
    if (up.length === 0) out.push(path.relative(ROOT, f));
    stack.push(...up);
  }
  return out;
}

const headOf = (namespace: string) => namespace.split(".")[0]!;

describe("the messages sent to the browser", () => {
  it("hold every namespace a client component reads: on every page, or on each page that renders it (PageMessages)", () => {
    const graph = importGraph();
    const missing = clientNamespaces(graph).flatMap(([namespace, file]): string[] => {
      if (CLIENT_NAMESPACES.some((n) => namespace === n || namespace.startsWith(`${n}.`))) return [];
      const where = `${namespace || "(the whole catalogue)"} in ${path.relative(ROOT, file)}`;
      if (!(PAGE_NAMESPACES as readonly string[]).includes(headOf(namespace))) return [`${where}: sent by no page`];
      return pagesWithout(file, headOf(namespace), graph).map((page) => `${where}: not sent by ${page}`);
    });
    expect([...new Set(missing)]).toEqual([]);
  });

  it("send Account and Import only on the pages that read them, not on every page", () => {
    for (const namespace of PAGE_NAMESPACES) expect(CLIENT_NAMESPACES.map(headOf)).not.toContain(namespace);
    const graph = importGraph();
    const senders = (namespace: string) => [...graph.keys()].filter((f) => sends(f, namespace)).map((f) => path.relative(ROOT, f)).sort();
    expect(senders("Account")).toEqual([path.join("app", "[locale]", "account", "page.tsx")]);
    expect(senders("Import")).toEqual([path.join("app", "[locale]", "import", "page.tsx")]);
  });

  it("keep only the listed namespaces, nested ones as parts of their parents", () => {
    const picked = clientMessages(en);
    expect(Object.keys(picked).sort()).toEqual([...new Set(CLIENT_NAMESPACES.map((n) => n.split(".")[0]!))].sort());
    expect(Object.keys((picked as { Shared: object }).Shared)).toEqual(["confirmForm"]);
    expect(picked.Nav).toEqual(en.Nav);
    expect(JSON.stringify(picked).length).toBeLessThan(JSON.stringify(en).length);
    expect(Object.keys(clientMessages(en, [...CLIENT_NAMESPACES, "Import"]))).toContain("Import");
  });
});
