/**
 * What sign-in needs before the server starts: a secret to sign sessions with, and the public URL.
 * Without NEXTAUTH_SECRET, a random secret is made once and kept in DATA_DIR (readable by the
 * owner only), so sessions survive restarts on a fresh machine with nothing configured. Several
 * servers behind one address must share NEXTAUTH_SECRET.
 */
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export function ensureAuthEnvironment(options: { dataDir: string; port: number }): { secretFrom: string } {
  if (!process.env.NEXTAUTH_URL) process.env.NEXTAUTH_URL = `http://localhost:${options.port}`;
  if (process.env.NEXTAUTH_SECRET) return { secretFrom: "NEXTAUTH_SECRET" };
  mkdirSync(options.dataDir, { recursive: true });
  const file = path.resolve(options.dataDir, "auth-secret");
  if (!existsSync(file)) writeFileSync(file, randomBytes(48).toString("base64url"), { mode: 0o600 });
  process.env.NEXTAUTH_SECRET = readFileSync(file, "utf8").trim();
  return { secretFrom: file };
}
