import { describe, expect, it } from "vitest";
import { describeYearTrackChart, expectedWords, yearTrackChart, type TrackRef, type YearTrackCount } from "./milestone-chart";

const TRACKS: TrackRef[] = [
  { slug: "accountability", name: "Accountability" },
  { slug: "security-guarantees", name: "Security guarantees" },
  { slug: "sanctions", name: "Sanctions" },
];

const row = (year: number, track: string, count: number, status: YearTrackCount["status"] = "HAPPENED"): YearTrackCount => ({ year, track, status, count });

describe("yearTrackChart", () => {
  it.each([
    { name: "no counts", counts: [], years: [], tracks: [], max: 0, total: 0, expected: 0 },
    { name: "one year, one track", counts: [row(2024, "accountability", 6)], years: [2024], tracks: ["accountability"], max: 6, total: 6, expected: 0 },
    {
      name: "gap years are on the axis, not in the table",
      counts: [row(2022, "sanctions", 1), row(2025, "accountability", 3)],
      years: [2022, 2023, 2024, 2025],
      tracks: ["accountability", "sanctions"],
      max: 3,
      total: 4,
      expected: 0,
    },
    {
      name: "expected counted apart and in the bar's height",
      counts: [row(2026, "accountability", 2), row(2026, "accountability", 1, "EXPECTED")],
      years: [2026],
      tracks: ["accountability"],
      max: 3,
      total: 3,
      expected: 1,
    },
    { name: "zero rows are ignored", counts: [row(2020, "sanctions", 0), row(2021, "accountability", 1)], years: [2021], tracks: ["accountability"], max: 1, total: 1, expected: 0 },
    { name: "an unknown track comes last, by slug", counts: [row(2021, "zz-new", 1), row(2021, "sanctions", 2)], years: [2021], tracks: ["sanctions", "zz-new"], max: 2, total: 3, expected: 0 },
  ])("$name", ({ counts, years, tracks, max, total, expected }) => {
    const chart = yearTrackChart(counts, TRACKS);
    expect(chart.years).toEqual(years);
    expect(chart.tracks.map((t) => t.slug)).toEqual(tracks);
    expect(chart.max).toBe(max);
    expect(chart.total).toBe(total);
    expect(chart.expected).toBe(expected);
  });

  it("gives each year with milestones a row, oldest first, with every charted track", () => {
    const chart = yearTrackChart(
      [row(2025, "security-guarantees", 6), row(2025, "accountability", 3), row(2025, "accountability", 1, "EXPECTED"), row(1994, "security-guarantees", 1)],
      TRACKS,
    );
    expect(chart.rows).toEqual([
      { year: 1994, total: 1, expected: 0, byTrack: { accountability: { happened: 0, expected: 0 }, "security-guarantees": { happened: 1, expected: 0 } } },
      { year: 2025, total: 10, expected: 1, byTrack: { accountability: { happened: 3, expected: 1 }, "security-guarantees": { happened: 6, expected: 0 } } },
    ]);
    expect(chart.tracks).toEqual([
      { slug: "accountability", name: "Accountability", happened: 3, expected: 1, total: 4 },
      { slug: "security-guarantees", name: "Security guarantees", happened: 7, expected: 0, total: 7 },
    ]);
    expect(chart.years).toHaveLength(2025 - 1994 + 1);
  });

  it("adds up rows that repeat a year, track and status", () => {
    const chart = yearTrackChart([row(2024, "accountability", 2), row(2024, "accountability", 3)], TRACKS);
    expect(chart.rows[0]!.byTrack.accountability).toEqual({ happened: 5, expected: 0 });
  });
});

describe("describeYearTrackChart", () => {
  it.each([
    { name: "nothing", counts: [], words: "No milestone matches these filters." },
    { name: "one milestone", counts: [row(2022, "sanctions", 1)], words: "1 milestone in 2022, by track. Sanctions: 1." },
    {
      name: "tracks with their busiest year, and the expected ones",
      counts: [row(2024, "accountability", 6), row(2025, "accountability", 3), row(2026, "accountability", 1, "EXPECTED"), row(2025, "security-guarantees", 6), row(1994, "security-guarantees", 1)],
      words:
        "17 milestones from 1994 to 2026, by track. Accountability: 10, most in 2024 (6); Security guarantees: 7, most in 2025 (6). 1 of them is expected, not yet happened.",
    },
  ])("$name", ({ counts, words }) => {
    expect(describeYearTrackChart(yearTrackChart(counts, TRACKS))).toBe(words);
  });
});

describe("describeYearTrackChart in Ukrainian", () => {
  it.each([
    { name: "nothing", counts: [], words: "Жодна подія не відповідає цим фільтрам." },
    { name: "1 подія", counts: [row(2022, "sanctions", 1)], words: "1 подія у 2022 р., за напрямами. Sanctions: 1." },
    { name: "2 події", counts: [row(2022, "sanctions", 2)], words: "2 події у 2022 р., за напрямами. Sanctions: 2." },
    { name: "5 подій", counts: [row(2022, "sanctions", 5)], words: "5 подій у 2022 р., за напрямами. Sanctions: 5." },
    { name: "21 подія", counts: [row(2022, "sanctions", 21)], words: "21 подія у 2022 р., за напрямами. Sanctions: 21." },
    { name: "11 подій", counts: [row(2022, "sanctions", 11)], words: "11 подій у 2022 р., за напрямами. Sanctions: 11." },
    {
      name: "tracks with their busiest year, and 1 expected",
      counts: [row(2024, "accountability", 6), row(2025, "accountability", 3), row(2026, "accountability", 1, "EXPECTED"), row(2025, "security-guarantees", 6), row(1994, "security-guarantees", 1)],
      words: "17 подій з 1994 по 2026 р., за напрямами. Accountability: 10, найбільше у 2024 р. (6); Security guarantees: 7, найбільше у 2025 р. (6). З них 1 очікувана, ще не відбулася.",
    },
    {
      name: "3 expected",
      counts: [row(2025, "accountability", 2), row(2026, "accountability", 3, "EXPECTED")],
      words: "5 подій з 2025 по 2026 р., за напрямами. Accountability: 5, найбільше у 2026 р. (3). З них 3 очікувані, ще не відбулися.",
    },
    {
      name: "5 expected",
      counts: [row(2026, "accountability", 5, "EXPECTED")],
      words: "5 подій у 2026 р., за напрямами. Accountability: 5. З них 5 очікуваних, ще не відбулися.",
    },
  ])("$name", ({ counts, words }) => {
    expect(describeYearTrackChart(yearTrackChart(counts, TRACKS), "uk")).toBe(words);
  });

  it("groups thousands as Ukrainian does, and counts the expected ones", () => {
    expect(describeYearTrackChart(yearTrackChart([row(2022, "sanctions", 1200)], TRACKS), "uk")).toBe("1\u00a0200 подій у 2022 р., за напрямами. Sanctions: 1\u00a0200.");
    expect(describeYearTrackChart(yearTrackChart([row(2022, "sanctions", 1200)], TRACKS))).toBe("1,200 milestones in 2022, by track. Sanctions: 1,200.");
    expect([1, 2, 5].map((n) => expectedWords(n, "uk"))).toEqual(["1 очікувана", "2 очікувані", "5 очікуваних"]);
    expect(expectedWords(2)).toBe("2 expected");
  });
});
