import { describe, expect, it } from "vitest";
import { badExportRequest, localeOfRequest } from "./stream";

const errors = [{ parameter: "track", message: "“track=justic” is not a known track; this filter was ignored.", allowed: ["accountability", "justice"] }];

describe("a refused CSV export, as a person reads it", () => {
  it("is English by default, as it was", async () => {
    const text = await badExportRequest("csv", "milestone", [{ parameter: "limit", message: "\"limit\" pages the list; an export always holds every matching case, so leave \"limit\" out." }]).text();
    expect(text).toBe("The milestone export's filters were not understood; nothing was exported.\n\nlimit: \"limit\" pages the list; an export always holds every matching case, so leave \"limit\" out.\n");
  });

  it("is Ukrainian for a reader of the Ukrainian site, the parameters and values kept", async () => {
    const response = badExportRequest("csv", "case list", [{ parameter: "limit", message: "\"limit\" pages the list; an export always holds every matching case, so leave \"limit\" out." }, { parameter: "track", message: "must be a four-digit year", allowed: ["a", "b"] }], "uk");
    expect(response.status).toBe(400);
    expect(await response.text()).toBe(
      "Фільтри експорту списку справ не вдалося розпізнати; нічого не експортовано.\n\n" +
        "limit: «limit» розбиває список на сторінки; експорт завжди містить усі відповідні справи, тож не вказуйте «limit».\n" +
        "track: має бути чотиризначним роком\n  Допустимі значення для «track»: a, b\n",
    );
  });

  it("keeps the API's English in JSON", async () => {
    const body = (await badExportRequest("json", "milestone", errors, "uk").json()) as { error: { message: string } };
    expect(body.error.message).toBe(errors[0]!.message);
  });

  it("takes the language from the address, else the language switch's cookie", () => {
    expect(localeOfRequest(new Request("https://tracker.example.org/uk/cases/export.csv?forum=x"))).toBe("uk");
    expect(localeOfRequest(new Request("https://tracker.example.org/en/cases/export.csv", { headers: { cookie: "tracker-locale=uk" } }))).toBe("en");
    const ask = (cookie?: string) => localeOfRequest(new Request("https://tracker.example.org/cases/export.csv", { headers: cookie ? { cookie } : {} }));
    expect(ask("a=1; tracker-locale=uk; b=2")).toBe("uk");
    expect(ask("tracker-locale=en")).toBe("en");
    expect(ask("tracker-locale=fr")).toBe("en");
    expect(ask()).toBe("en");
  });
});
