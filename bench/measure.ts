/**
 * Times each line over HTTP (node:http, one keep-alive connection on loopback, the whole body
 * read) and through `pg`, one request after another, app and raw alternately so that anything
 * slowing the machine for a while weighs on both sides alike.
 *
 * The client is node:http rather than Node's fetch: fetch's web streams cost the bench itself about
 * 1.2 ms a request on this machine (0.4 ms against a bare node:http server, where node:http takes
 * 0.2 ms), which would be counted as the app's. Like autocannon and curl, it asks for no
 * compression.
 */
import http from "node:http";
import type pg from "pg";
import { RENDER_EVERY_PAGE } from "./load";
import { BenchError, type Log } from "./bench-database";
import type { Line } from "./lines";
import { lineResult, type LineResult } from "./stats";

const WARM_UP = 20;
const SAMPLES = 200;
// A line whose requests are slow stops after this long, with at least MIN_SAMPLES of each side.
const BUDGET_MS = 60_000;
const MIN_SAMPLES = 20;
const PROGRESS_EVERY_MS = 10_000;

type Answer = { status: number; type: string; text: string };

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

/**
 * One GET. Redirects are not followed (node:http never does): a redirect is not the page the line
 * means to time. The cookie keeps the page cache (decision 017) out: the page lines time rendering.
 */
function get(base: string, path: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.get(base + path, { agent, headers: RENDER_EVERY_PAGE }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("error", reject);
      response.on("end", () => {
        const type = response.headers["content-type"] ?? "";
        resolve({ status: response.statusCode ?? 0, type, text: Buffer.concat(chunks).toString("utf8") });
      });
    });
    request.on("error", reject);
  });
}

/** What is wrong with an answer's status and type for a line; empty when it is a 200 of the right kind. */
function answerProblems(line: Line, answer: Answer): string[] {
  if (answer.status !== 200) return [`status ${answer.status}: ${answer.text.slice(0, 300)}`];
  const expected = line.kind === "json" ? "application/json" : "text/html";
  return answer.type.startsWith(expected) ? [] : [`content type ${answer.type}, not ${expected}`];
}

/** Fails the bench unless every request of the line answers 200 with what the raw SQL returns. */
export async function checkLine(line: Line, base: string, pool: pg.Pool): Promise<void> {
  const problems: string[] = [];
  const rawAnswers: unknown[] = [];
  for (const probe of line.probes) {
    const [answer, rows] = await Promise.all([get(base, probe.path), probe.raw(pool)]);
    rawAnswers.push(rows);
    let found = answerProblems(line, answer);
    if (found.length === 0) found = probe.check(line.kind === "json" ? JSON.parse(answer.text) : answer.text, rows);
    problems.push(...found.map((p) => `GET ${probe.path}: ${p}`));
  }
  if (problems.length > 0) {
    throw new BenchError(`The "${line.name}" line does not measure what it should:\n  ${problems.slice(0, 10).join("\n  ")}`);
  }
  if (line.nonEmpty && !line.nonEmpty(rawAnswers)) {
    throw new BenchError(`The "${line.name}" line finds nothing in this dataset for any of its requests; timing empty answers would mean little.`);
  }
}

/** Times the line: a warm-up, then up to SAMPLES requests of each side (or BUDGET_MS). */
export async function measureLine(line: Line, base: string, pool: pg.Pool, log: Log): Promise<LineResult> {
  const app: number[] = [];
  const raw: number[] = [];
  const timeOne = async (i: number, record: boolean) => {
    const probe = line.probes[i % line.probes.length]!;
    let started = performance.now();
    const answer = await get(base, probe.path);
    const appMs = performance.now() - started;
    // Only the status and type are checked while timing; checkLine compared the contents.
    const problems = answerProblems(line, answer);
    if (problems.length > 0) throw new BenchError(`The "${line.name}" line got a bad answer while timing: GET ${probe.path}: ${problems[0]}`);
    started = performance.now();
    await probe.raw(pool);
    const rawMs = performance.now() - started;
    if (record) {
      app.push(appMs);
      raw.push(rawMs);
    }
  };
  for (let i = 0; i < WARM_UP; i++) await timeOne(i, false);
  const started = Date.now();
  let reported = started;
  for (let i = 0; i < SAMPLES; i++) {
    await timeOne(i, true);
    const now = Date.now();
    if (now - started > BUDGET_MS && app.length >= MIN_SAMPLES) {
      log(`  ${line.name}: time budget of ${BUDGET_MS / 1000} s reached after ${app.length} requests.`);
      break;
    }
    if (now - reported > PROGRESS_EVERY_MS && app.length < SAMPLES) {
      log(`  ${line.name}: ${app.length}/${SAMPLES} requests…`);
      reported = now;
    }
  }
  return lineResult(line.name, app, raw);
}
