/**
 * `npm run bench:jurisdiction`: how many profiles per second the jurisdiction engine evaluates in
 * one process, over the seeded rules. Prints figures; asserts nothing (timings belong here, not in
 * tests). Every combination of crime, accused kind, level, mode and situation, over dates spread
 * across 2000-2030.
 */
import { evaluate, type Profile } from "@/lib/core/jurisdiction";
import { seededForums, seededRules } from "@/tests/support/seed-rules";
import * as data from "@/prisma/seed/reference-data";

const dates: string[] = [];
for (let year = 2000; year <= 2030; year++) for (const md of ["01-01", "06-15", "10-15", "12-31"]) dates.push(`${year}-${md}`);

const profiles: Profile[] = [];
for (const crime of data.crimes) for (const kind of data.accusedKinds) {
  const levels = kind.slug === "legal" ? [null] : data.levels.map((l) => l.slug);
  for (const level of levels) for (const mode of data.modes) for (const situation of data.situations) for (const asOf of dates) {
    profiles.push({ crime: crime.slug, accused: kind.slug, level, mode: mode.slug, situation: situation.slug, asOf });
  }
}

function run(rounds: number): { evaluated: number; ms: number; gaps: number } {
  let gaps = 0;
  const start = process.hrtime.bigint();
  for (let r = 0; r < rounds; r++) for (const p of profiles) if (evaluate(p, seededForums, seededRules).gap) gaps++;
  return { evaluated: rounds * profiles.length, ms: Number(process.hrtime.bigint() - start) / 1e6, gaps };
}

run(2); // warm up the JIT
const samples = [run(5), run(5), run(5)];
const rates = samples.map((s) => (s.evaluated / s.ms) * 1000).sort((a, b) => a - b);
const median = rates[1]!;
console.log(`jurisdiction engine: ${profiles.length} distinct profiles x ${seededForums.length} forums x ${seededRules.length} rules`);
console.log(`profiles per second (median of 3 runs of ${samples[0]!.evaluated}): ${Math.round(median).toLocaleString("en")}`);
console.log(`  slowest run ${Math.round(rates[0]!).toLocaleString("en")}/s, fastest ${Math.round(rates[2]!).toLocaleString("en")}/s; target >= 50,000/s`);
console.log(`heap used: ${(process.memoryUsage().heapUsed / 1e6).toFixed(1)} MB`);
