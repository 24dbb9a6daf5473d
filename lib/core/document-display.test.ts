import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { documentKindOf, documentPreviewOf, groupedFingerprint, hexOf, shortFingerprint, sizeIn } from "./document-display";

const SHA = createHash("sha256").update("a generated test document").digest("hex");

describe("a document as the pages name it", () => {
  it("computes the fingerprint in the browser's way as the server writes it (lowercase hex of the digest)", async () => {
    expect(hexOf(await crypto.subtle.digest("SHA-256", new TextEncoder().encode("a generated test document")))).toBe(SHA);
    expect(hexOf(new Uint8Array([0, 15, 255]).buffer)).toBe("000fff");
  });

  it("shortens a fingerprint for a list and groups it by eight for the eye, losing nothing", () => {
    expect(shortFingerprint(SHA)).toBe(`${SHA.slice(0, 10)}…${SHA.slice(-6)}`);
    expect(groupedFingerprint(SHA).split(" ")).toHaveLength(8);
    expect(groupedFingerprint(SHA).replace(/ /g, "")).toBe(SHA);
  });

  it("shows PDFs in a frame and scans as images; HTML, text and anything else only as a download", () => {
    expect(documentPreviewOf("application/pdf")).toBe("frame");
    expect(documentPreviewOf("image/png")).toBe("image");
    expect(documentPreviewOf("image/jpeg")).toBe("image");
    expect(documentPreviewOf("text/html; charset=utf-8")).toBe("download");
    expect(documentPreviewOf("text/plain")).toBe("download");
    expect(documentPreviewOf("image/svg+xml")).toBe("download");
    expect(documentKindOf("TEXT/HTML")).toBe("html");
  });

  it("writes sizes in the page's language", () => {
    expect(sizeIn(1536 * 1024, "en")).toBe("1.5 MB");
    expect(sizeIn(1536 * 1024, "uk")).toBe("1,5 МБ");
    expect(sizeIn(200 * 1024, "uk")).toBe("200 КБ");
    expect([1, 3, 11, 700].map((n) => sizeIn(n, "uk"))).toEqual(["1 байт", "3 байти", "11 байтів", "700 байтів"]);
    expect(sizeIn(1, "en")).toBe("1 byte");
  });
});
