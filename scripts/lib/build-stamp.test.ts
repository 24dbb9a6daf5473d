import { mkdirSync, mkdtempSync, rmSync, writeFileSync, renameSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildIsCurrent, sourceHash, writeBuildStamp } from "./build-stamp";

let root: string;

function write(file: string, content: string) {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), content);
}

beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), "tracker-stamp-"));
  write("app/page.tsx", "export default function Page() { return null; }\n");
  write("lib/core/dates.ts", "export const x = 1;\n");
  write("prisma/schema.prisma", "// schema\n");
  write("package.json", "{}\n");
  write("package-lock.json", "{}\n");
  write("next.config.ts", "export default {};\n");
  write("tsconfig.json", "{}\n");
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("sourceHash", () => {
  it("is stable while nothing changes", () => {
    expect(sourceHash(root)).toMatch(/^[0-9a-f]{64}$/);
    expect(sourceHash(root)).toBe(sourceHash(root));
  });

  it.each([
    ["a page changes", () => write("app/page.tsx", "export default function Page() { return 1; }\n")],
    ["a library file changes", () => write("lib/core/dates.ts", "export const x = 2;\n")],
    ["a file is added", () => write("app/about/page.tsx", "export default function About() { return null; }\n")],
    ["a component appears", () => write("components/Nav.tsx", "export function Nav() { return null; }\n")],
    ["a public asset changes", () => write("public/robots.txt", "User-agent: *\n")],
    ["the schema changes", () => write("prisma/schema.prisma", "// schema v2\n")],
    ["the lock file changes", () => write("package-lock.json", '{"v":2}\n')],
    ["next.config.ts changes", () => write("next.config.ts", "export default { poweredByHeader: false };\n")],
    ["a file is renamed", () => renameSync(path.join(root, "lib/core/dates.ts"), path.join(root, "lib/core/days.ts"))],
  ])("changes when %s", (_what, change) => {
    const before = sourceHash(root);
    change();
    expect(sourceHash(root)).not.toBe(before);
  });

  it.each([
    ["a test file changes", () => write("lib/core/dates.test.ts", "test\n")],
    ["the generated client changes", () => write("lib/generated/prisma/client.ts", "generated\n")],
    ["something in node_modules changes", () => write("app/node_modules/x.js", "x\n")],
    ["the bundle changes", () => write("app/.next/x.js", "x\n")],
    ["an unrelated folder changes", () => write("docs/readme.md", "docs\n")],
    ["a test outside the build changes", () => write("tests/integration/x.test.ts", "x\n")],
  ])("does not change when %s", (_what, change) => {
    const before = sourceHash(root);
    change();
    expect(sourceHash(root)).toBe(before);
  });
});

describe("buildIsCurrent", () => {
  it("is false without a bundle, true after a stamped build, false again after a source change", () => {
    expect(buildIsCurrent(root)).toBe(false);
    write(".next/BUILD_ID", "abc\n");
    expect(buildIsCurrent(root)).toBe(false); // built, but never stamped
    writeBuildStamp(root);
    expect(buildIsCurrent(root)).toBe(true);
    write("app/page.tsx", "export default function Page() { return 2; }\n");
    expect(buildIsCurrent(root)).toBe(false);
  });

  it("is false when the stamp is there but the bundle is not", () => {
    write(".next/BUILD_ID", "abc\n");
    writeBuildStamp(root);
    rmSync(path.join(root, ".next", "BUILD_ID"));
    expect(buildIsCurrent(root)).toBe(false);
  });
});
