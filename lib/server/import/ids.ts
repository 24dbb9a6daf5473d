import "server-only";
import { randomBytes } from "node:crypto";
import os from "node:os";

/**
 * Record ids made in node for the batch import's set-based inserts, of the shape Prisma's
 * `@default(cuid())` gives (cuid v1, 25 characters): "c", the time in ms, a counter, a
 * fingerprint of the process and 8 random characters, all base 36. Ids made in the same
 * millisecond sort in the order they were made, as Prisma's do; the counter keeps them distinct
 * within the process and the random part across processes.
 */
const BASE = 36;
const BLOCK = 4;
const DISCRETE = BASE ** BLOCK;

const pad = (text: string, size: number) => text.padStart(size, "0").slice(-size);

const fingerprint = (() => {
  const host = os.hostname();
  let sum = host.length + BASE;
  for (const ch of host) sum += ch.charCodeAt(0);
  return pad(process.pid.toString(BASE), 2) + pad(sum.toString(BASE), 2);
})();

let counter = Math.floor(Math.random() * DISCRETE);
let random = Buffer.alloc(0);
let randomAt = 0;

function randomBlock(): string {
  // Random bytes a few thousand at a time: one call per id would cost more than the rest of it.
  if (randomAt + 4 > random.length) {
    random = randomBytes(16 * 1024);
    randomAt = 0;
  }
  const value = random.readUInt32BE(randomAt) % DISCRETE;
  randomAt += 4;
  return pad(value.toString(BASE), BLOCK);
}

export function newId(): string {
  counter = (counter + 1) % DISCRETE;
  return "c" + Date.now().toString(BASE) + pad(counter.toString(BASE), BLOCK) + fingerprint + randomBlock() + randomBlock();
}
