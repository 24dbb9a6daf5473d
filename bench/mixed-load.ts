/**
 * The mixed load (issue 15): what readers wait for while people work. Ten visitors read a page
 * (autocannon, ten connections cycling over several addresses) while one analyst writes every
 * 300 ms (following a forum, then unfollowing it, through `POST /api/v1/follows` and
 * `DELETE /api/v1/follows/{id}` with an API token) and an API client polls `GET /api/v1/cases` with
 * a token every 100 ms. Each page is read twice, idle and under that load, and the report compares
 * their throughput and p95. Every write and every poll commits (a token's `lastUsedAt`, the follow):
 * a cache that any commit empties helps only while nobody works.
 *
 * The analyst is the dataset's `bench-user-1` (an account that cannot sign in), with two API
 * tokens made for the run by the app's own use case and revoked at its end.
 */
import http from "node:http";
import autocannon from "autocannon";
import { createApiToken, revokeApiToken } from "@/lib/server/accounts/api-tokens";
import type { Actor } from "@/lib/server/actor";
import { closeSharedDatabase } from "@/lib/server/prisma-client";
import { BenchError, type Log } from "./bench-database";
import { percentile, type MixedLoadResult, type PageLoad } from "./stats";

export const MIXED_OPTIONS = { connections: 10, durationSeconds: 10, warmUpSeconds: 2, writeEveryMs: 300, pollEveryMs: 100, forum: "icc" };

const ANALYST: Actor = { kind: "user", id: "bench-user-1", role: "ANALYST" };

const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * Asks each address once, as a visitor: the idle figures are then those of a tracker that has
 * served its pages before, not of a first render of each (which a short warm-up on a slow machine
 * does not cover).
 */
async function visitEach(base: string, paths: readonly string[]): Promise<void> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  try {
    for (const path of paths) {
      await new Promise<void>((resolve, reject) => {
        http.get(base + path, { agent }, (response) => response.resume().on("end", resolve).on("error", reject)).on("error", reject);
      });
    }
  } finally {
    agent.destroy();
  }
}

/** Ten visitors on the page's addresses for the run's duration: requests per second, p50 and p95 of every response. */
async function readPages(base: string, paths: readonly string[]): Promise<PageLoad> {
  const latencies: number[] = [];
  const options: autocannon.Options & { warmup: { connections: number; duration: number } } = {
    url: base,
    connections: MIXED_OPTIONS.connections,
    duration: MIXED_OPTIONS.durationSeconds,
    // No cookie: as visitors get the page, its cache (decision 017) included.
    requests: paths.map((path) => ({ method: "GET", path })),
    warmup: { connections: MIXED_OPTIONS.connections, duration: MIXED_OPTIONS.warmUpSeconds },
  };
  // Without a callback autocannon returns its run, an event emitter that is also a promise of the
  // result (the @types package knows only the promise). It reports p97.5, not p95: every response's
  // time is kept instead (the warm-up's come from another emitter).
  const run = autocannon(options) as Promise<autocannon.Result> & Pick<autocannon.Instance, "on">;
  run.on("response", (_client: unknown, _status: number, _bytes: number, ms: number) => latencies.push(ms));
  const result = await run;
  if (latencies.length === 0) throw new BenchError(`No page answered under load (${paths[0]} …).`);
  return {
    rps: round1(result.requests.average),
    p50: round1(percentile(latencies, 50)),
    p95: round1(percentile(latencies, 95)),
    errors: result.errors + result.non2xx,
  };
}

type Answer = { status: number; text: string; ms: number };

/** One request with a Bearer token on a keep-alive connection of its own. */
function call(agent: http.Agent, base: string, method: string, path: string, token: string, body?: unknown): Promise<Answer> {
  const started = performance.now();
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const request = http.request(
      base + path,
      {
        method,
        agent,
        headers: { authorization: `Bearer ${token}`, ...(payload ? { "content-type": "application/json", "content-length": Buffer.byteLength(payload) } : {}) },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("error", reject);
        response.on("end", () => resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8"), ms: performance.now() - started }));
      },
    );
    request.on("error", reject);
    request.end(payload);
  });
}

/** Runs `step` every `everyMs` (start to start; at once when a step took longer) until `stop` resolves. */
async function every(everyMs: number, stopped: () => boolean, step: () => Promise<void>): Promise<void> {
  while (!stopped()) {
    const started = performance.now();
    await step();
    const wait = everyMs - (performance.now() - started);
    if (wait > 0 && !stopped()) await new Promise((resolve) => setTimeout(resolve, wait));
  }
}

type Workers = { stop(): Promise<{ writes: number; writeErrors: number; writeP95: number; polls: number; pollErrors: number; pollP95: number }> };

/** The analyst's writes and the API client's polls, until stopped; the last follow is undone. */
function startWorkers(base: string, tokens: { writer: string; poller: string }, log: Log): Workers {
  let stopped = false;
  const writerAgent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const pollerAgent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const writeMs: number[] = [];
  const pollMs: number[] = [];
  let writeErrors = 0;
  let pollErrors = 0;
  let followId: string | null = null;
  const complain = (what: string, answer: Answer) => {
    if (writeErrors + pollErrors < 3) log(`  ${what} answered ${answer.status}: ${answer.text.slice(0, 200)}`);
  };
  const write = async () => {
    const answer = followId
      ? await call(writerAgent, base, "DELETE", `/api/v1/follows/${followId}`, tokens.writer)
      : await call(writerAgent, base, "POST", "/api/v1/follows", tokens.writer, { target: "forum", forum: MIXED_OPTIONS.forum });
    writeMs.push(answer.ms);
    if (answer.status >= 300) {
      writeErrors++;
      complain(followId ? "unfollow" : "follow", answer);
      followId = null;
      return;
    }
    followId = followId ? null : (JSON.parse(answer.text) as { id: string }).id;
  };
  const poll = async () => {
    const answer = await call(pollerAgent, base, "GET", "/api/v1/cases", tokens.poller);
    pollMs.push(answer.ms);
    if (answer.status !== 200) {
      pollErrors++;
      complain("GET /api/v1/cases", answer);
    }
  };
  const failed = (error: unknown) => {
    stopped = true;
    throw error;
  };
  const running = Promise.all([every(MIXED_OPTIONS.writeEveryMs, () => stopped, write).catch(failed), every(MIXED_OPTIONS.pollEveryMs, () => stopped, poll).catch(failed)]);
  return {
    async stop() {
      stopped = true;
      await running;
      if (followId) await call(writerAgent, base, "DELETE", `/api/v1/follows/${followId}`, tokens.writer);
      writerAgent.destroy();
      pollerAgent.destroy();
      const p95 = (samples: number[]) => (samples.length ? round1(percentile(samples, 95)) : 0);
      return { writes: writeMs.length, writeErrors, writeP95: p95(writeMs), polls: pollMs.length, pollErrors, pollP95: p95(pollMs) };
    },
  };
}

/** Two API tokens of the bench analyst for the run, made by the app's use case against the bench's database. */
async function withTokens<T>(databaseUrl: string, run: (tokens: { writer: string; poller: string }) => Promise<T>): Promise<T> {
  const previous = process.env.DATABASE_URL;
  process.env.DATABASE_URL = databaseUrl;
  const made: string[] = [];
  try {
    const make = async (name: string) => {
      const token = await createApiToken({ actor: ANALYST, input: { name, expiresInDays: 1 } });
      made.push(token.id);
      return token.token;
    };
    return await run({ writer: await make("bench mixed load: writer"), poller: await make("bench mixed load: API client") });
  } finally {
    for (const id of made) await revokeApiToken({ actor: ANALYST, input: { id } }).catch(() => {});
    await closeSharedDatabase();
    if (previous === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = previous;
  }
}

/** Each page idle, then under the mixed load; `pages` maps a page's name to the addresses its readers cycle over. */
export async function mixedLoad(base: string, databaseUrl: string, pages: Record<string, readonly string[]>, log: Log): Promise<MixedLoadResult[]> {
  return withTokens(databaseUrl, async (tokens) => {
    const results: MixedLoadResult[] = [];
    for (const [page, paths] of Object.entries(pages)) {
      await visitEach(base, paths);
      const idle = await readPages(base, paths);
      log(`  ${page}, idle: ${idle.rps} req/s, p95 ${idle.p95} ms, ${idle.errors} errors.`);
      const workers = startWorkers(base, tokens, log);
      let mixed: PageLoad;
      try {
        mixed = await readPages(base, paths);
      } catch (error) {
        await workers.stop().catch(() => {});
        throw error;
      }
      const work = await workers.stop();
      log(
        `  ${page}, mixed: ${mixed.rps} req/s, p95 ${mixed.p95} ms, ${mixed.errors} errors; meanwhile ${work.writes} writes (p95 ${work.writeP95} ms, ${work.writeErrors} refused) and ${work.polls} polls (p95 ${work.pollP95} ms, ${work.pollErrors} refused).`,
      );
      results.push({ page, idle, mixed, ratio: Math.round((mixed.rps / idle.rps) * 100) / 100, ...work });
    }
    return results;
  });
}
