/** What a result was measured on: the dataset's counts, the Postgres version, the machine, the code. */
import { execFileSync } from "node:child_process";
import os from "node:os";
import type pg from "pg";

export type DatasetFacts = {
  cases: number;
  annotations: number;
  milestones: number;
  accused: number;
  charges: number;
  postgres: string;
  machine: { cpus: number; cpuModel: string; memoryMb: number };
  date: string;
  commit: string | null;
  /** The working tree differed from the commit: the figures are of code not (yet) committed. */
  uncommittedChanges: boolean | null;
};

const git = (...args: string[]) => {
  try {
    return execFileSync("git", args, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return null;
  }
};

export async function datasetFacts(pool: pg.Pool): Promise<DatasetFacts> {
  const { rows } = await pool.query<Record<string, number | string>>(`
    SELECT (SELECT count(*) FROM "Case")::int AS cases, (SELECT count(*) FROM "Annotation")::int AS annotations,
           (SELECT count(*) FROM "Milestone")::int AS milestones, (SELECT count(*) FROM "Accused")::int AS accused,
           (SELECT count(*) FROM "Charge")::int AS charges, current_setting('server_version') AS postgres`);
  const r = rows[0]!;
  const status = git("status", "--porcelain");
  return {
    cases: Number(r.cases),
    annotations: Number(r.annotations),
    milestones: Number(r.milestones),
    accused: Number(r.accused),
    charges: Number(r.charges),
    postgres: String(r.postgres),
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? "unknown", memoryMb: Math.round(os.totalmem() / 2 ** 20) },
    date: new Date().toISOString(),
    commit: git("rev-parse", "HEAD"),
    uncommittedChanges: status === null ? null : status.length > 0,
  };
}
