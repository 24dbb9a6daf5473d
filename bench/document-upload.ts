/**
 * `npm run bench:document-upload -- --url http://localhost:3000 --token tat_… --target cases/<slug> [--mb 50] [--pid <server pid>]`
 *
 * Uploads a generated PDF-like file (`%PDF-` and random bytes, a new SHA-256 each run) of `--mb`
 * megabytes over HTTP to a running tracker, as a multipart body streamed in 64 KB chunks, and
 * prints the server's resident memory (RSS, from /proc) before, at its peak during the upload,
 * and after: the upload should stream through with the memory growing by a few MB, not by the
 * file's size (docs/decisions/049-documents-stored-by-fingerprint.md). A script that prints
 * figures, not a test. The token must be an analyst's (or an admin's); the server's limit
 * (DOCUMENT_MAX_BYTES) must allow the size. Without `--pid`, the process listening on the URL's
 * port is found through /proc (Linux), which shows the Next server itself, not `npm start`'s parent.
 * The same with either document store: start the server with S3_ENDPOINT and its bucket and keys
 * to measure the S3 one (decision 051), whose upload also streams the staged file to the bucket.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { readdirSync, readFileSync, readlinkSync } from "node:fs";
import http from "node:http";
import { parseArgs } from "node:util";

const { values } = parseArgs({ options: { url: { type: "string", default: "http://localhost:3000" }, token: { type: "string" }, target: { type: "string" }, mb: { type: "string", default: "50" }, pid: { type: "string" } } });
if (!values.token || !values.target) {
  console.error("Give --token (an analyst's API token) and --target (cases/<slug>, milestones/<slug> or sources/<slug>).");
  process.exit(2);
}
const url = new URL(`/api/v1/${values.target}/documents`, values.url);
const size = Math.round(Number(values.mb) * 1024 * 1024);
const pid = values.pid ? Number(values.pid) : listenerOf(Number(url.port || 80));
if (!pid) {
  console.error(`No process listening on port ${url.port} was found; give --pid.`);
  process.exit(2);
}

/** The pid of the process with a listening TCP socket on `port` (its socket inode found among its open files). */
function listenerOf(port: number): number | null {
  const inodes = new Set<string>();
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    let text = "";
    try {
      text = readFileSync(table, "utf8");
    } catch {
      continue;
    }
    for (const line of text.split("\n").slice(1)) {
      const cols = line.trim().split(/\s+/);
      if (cols.length > 9 && cols[3] === "0A" && parseInt(cols[1]!.split(":")[1]!, 16) === port) inodes.add(cols[9]!);
    }
  }
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      for (const fd of readdirSync(`/proc/${entry}/fd`)) {
        const m = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${entry}/fd/${fd}`));
        if (m && inodes.has(m[1]!)) return Number(entry);
      }
    } catch {
      // A process we may not look into, or one that ended.
    }
  }
  return null;
}

const rssMb = (): number => {
  const line = readFileSync(`/proc/${pid}/status`, "utf8").split("\n").find((l) => l.startsWith("VmRSS:"))!;
  return Number(line.replace(/\D+/g, "")) / 1024;
};

async function upload(): Promise<{ status: number; body: string; seconds: number }> {
  const boundary = `bench-${randomUUID()}`;
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="title"\r\n\r\nBench upload\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="bench.pdf"\r\nContent-Type: application/pdf\r\n\r\n`);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: url.hostname, port: url.port, path: url.pathname, method: "POST", headers: { authorization: `Bearer ${values.token}`, "content-type": `multipart/form-data; boundary=${boundary}`, "content-length": String(head.length + size + tail.length) } },
      (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk) => (body += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body, seconds: Number(process.hrtime.bigint() - started) / 1e9 }));
      },
    );
    request.on("error", reject);
    void (async () => {
      request.write(head);
      let sent = 0;
      const first = Buffer.concat([Buffer.from("%PDF-1.7\n"), randomBytes(64 * 1024 - 9)]);
      while (sent < size) {
        const chunk = sent === 0 ? first.subarray(0, Math.min(first.length, size)) : randomBytes(Math.min(64 * 1024, size - sent));
        sent += chunk.length;
        if (!request.write(chunk)) await new Promise((r) => request.once("drain", r));
      }
      request.end(tail);
    })().catch(reject);
  });
}

const before = rssMb();
let peak = before;
const sampler = setInterval(() => (peak = Math.max(peak, rssMb())), 20);
const answer = await upload();
clearInterval(sampler);
peak = Math.max(peak, rssMb());
await new Promise((r) => setTimeout(r, 500));
const after = rssMb();

console.log(`Upload of ${(size / 1024 / 1024).toFixed(1)} MB to ${url.href}: HTTP ${answer.status} in ${answer.seconds.toFixed(2)} s (${(size / 1024 / 1024 / answer.seconds).toFixed(1)} MB/s)`);
if (answer.status >= 300) console.log(`  answer: ${answer.body.slice(0, 300)}`);
console.log(`Server (pid ${pid}) resident memory: before ${before.toFixed(1)} MB, peak ${peak.toFixed(1)} MB, after ${after.toFixed(1)} MB`);
console.log(`Growth during the upload: ${(peak - before).toFixed(1)} MB at the peak (${(((peak - before) / (size / 1024 / 1024)) * 100).toFixed(1)}% of the file's size)`);
