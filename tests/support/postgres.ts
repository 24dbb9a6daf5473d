/**
 * A Postgres server for the tests: the one at TEST_DATABASE_URL, or a throwaway cluster started in
 * a temporary directory (and removed afterwards). Postgres refuses to run as root, so as root the
 * cluster belongs to the `postgres` user and its commands run through `runuser`.
 *
 * On that server we keep one template database, migrated once with `prisma migrate deploy`; every
 * test makes its own database from it with `CREATE DATABASE ... TEMPLATE` (tests/support/test-database.ts),
 * which takes milliseconds instead of a migration's seconds.
 *
 * Used by the harness (scripts/test.ts) and by Vitest's global setup when Vitest runs on its own.
 */
import { spawn } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, appendFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { prismaEnv, prismaErrorLine, runPrisma } from "@/scripts/lib/prisma-cli";

export type Log = (line: string) => void;

export const isRoot = () => process.getuid?.() === 0;

/** Thrown with a sentence a person can act on; the harness prints the message without a stack. */
export class HarnessError extends Error {
  override name = "HarnessError";
}

export type CommandResult = { code: number; output: string };

/** Runs a command, capturing its output. As root with `asPostgres`, runs it as the `postgres` user. */
export function runCommand(
  command: string,
  args: string[],
  options: { asPostgres?: boolean; env?: NodeJS.ProcessEnv; inherit?: boolean } = {},
): Promise<CommandResult> {
  const [cmd, argv] =
    options.asPostgres && isRoot() ? ["runuser", ["-u", "postgres", "--", command, ...args]] : [command, args];
  return new Promise((resolve) => {
    const child = spawn(cmd, argv, {
      env: options.env ?? process.env,
      stdio: options.inherit ? ["ignore", "inherit", "inherit"] : ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout?.on("data", (chunk) => (output += chunk));
    child.stderr?.on("data", (chunk) => (output += chunk));
    child.on("error", (error) => resolve({ code: 127, output: `${output}${error.message}` }));
    child.on("close", (code, signal) => resolve({ code: code ?? (signal ? 128 : 1), output }));
  });
}

const lastLines = (text: string, n = 15) => text.trim().split("\n").slice(-n).join("\n");

/** The newest installed Postgres' bin directory (Debian layout), if any. */
export function findPostgresBin(): string | undefined {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((v) => existsSync(path.join(root, v, "bin", "initdb")) && existsSync(path.join(root, v, "bin", "pg_ctl")))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] && path.join(root, versions[0], "bin");
}

/** Installs Debian's Postgres (as root), and stops any cluster the package started by itself. */
export async function installPostgres(log: Log): Promise<string> {
  if (!isRoot()) {
    throw new HarnessError(
      "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb) and we are not root. Install it (apt-get install postgresql) or set TEST_DATABASE_URL to a server the tests may create databases on.",
    );
  }
  log("PostgreSQL is not installed: running apt-get update && apt-get install -y postgresql …");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  for (const args of [["update"], ["install", "-y", "postgresql"]]) {
    const result = await runCommand("apt-get", args, { env, inherit: true });
    if (result.code !== 0) throw new HarnessError(`apt-get ${args.join(" ")} failed (exit ${result.code}); PostgreSQL could not be installed.`);
  }
  // The package creates and may start a "main" cluster; the tests do not use it, and we started it.
  const clusters = await runCommand("pg_lsclusters", ["--no-header"]);
  for (const line of clusters.output.split("\n")) {
    const [version, name, , status] = line.trim().split(/\s+/);
    if (version && name && status === "online") {
      log(`Stopping the cluster ${version}/${name} that the package installation started.`);
      await runCommand("pg_ctlcluster", [version, name, "stop"]);
    }
  }
  const bin = findPostgresBin();
  if (!bin) throw new HarnessError("apt-get installed postgresql, but no /usr/lib/postgresql/*/bin/initdb appeared.");
  return bin;
}

export function freePort(host = "127.0.0.1"): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once("error", reject);
    server.listen(0, host, () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

export type Cluster = { adminUrl: string; dir: string; stop(): Promise<void> };

/**
 * Starts a throwaway cluster: trust auth, loopback only, durability off (it is thrown away). A
 * benchmark asks for `durable` (fsync and synchronous commits, as a real server) and its own
 * `settings` (postgresql.conf lines).
 */
export async function startCluster(log: Log, options: { durable?: boolean; settings?: string[] } = {}): Promise<Cluster> {
  const bin = findPostgresBin() ?? (await installPostgres(log));
  // As root the directory must be reachable by `postgres`: /tmp is, whatever TMPDIR says.
  const dir = mkdtempSync(path.join(isRoot() ? "/tmp" : os.tmpdir(), "tracker-pg-"));
  const data = path.join(dir, "data");
  const logFile = path.join(dir, "postgres.log");
  const asPostgres = isRoot();
  let started = false;
  const stop = async () => {
    if (started) {
      const result = await runCommand(path.join(bin, "pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"], { asPostgres });
      if (result.code === 0) started = false;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    if (asPostgres) chownSync(dir, userId("postgres"), groupId("postgres"));
    const init = await runCommand(
      path.join(bin, "initdb"),
      // A UTF-8 ctype, as a real server has: full-text search lower-cases Ukrainian only under one.
      ["-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync", "--no-instructions"],
      { asPostgres },
    );
    if (init.code !== 0) throw new HarnessError(`initdb failed (exit ${init.code}):\n${lastLines(init.output)}`);
    // Ports are picked, then bound by Postgres a moment later; retry if another program won the race.
    for (let attempt = 1; ; attempt++) {
      const port = await freePort();
      appendFileSync(
        path.join(data, "postgresql.conf"),
        [
          "",
          "# tracker test harness",
          "listen_addresses = '127.0.0.1'",
          `port = ${port}`,
          `unix_socket_directories = '${dir}'`,
          ...(options.durable ? [] : ["fsync = off", "synchronous_commit = off", "full_page_writes = off"]),
          "max_connections = 200",
          ...(options.settings ?? []),
          "",
        ].join("\n"),
      );
      const result = await runCommand(path.join(bin, "pg_ctl"), ["-D", data, "-l", logFile, "-w", "-t", "60", "start"], { asPostgres });
      if (result.code === 0) {
        started = true;
        log(`Started a throwaway PostgreSQL ${path.basename(path.dirname(bin))} cluster on 127.0.0.1:${port} in ${dir}`);
        return { adminUrl: `postgresql://postgres@127.0.0.1:${port}/postgres`, dir, stop };
      }
      const serverLog = existsSync(logFile) ? readFileSync(logFile, "utf8") : "";
      if (attempt < 3 && /could not bind|Address already in use/i.test(serverLog)) continue;
      throw new HarnessError(`pg_ctl start failed (exit ${result.code}):\n${lastLines(result.output)}\n${lastLines(serverLog)}`);
    }
  } catch (error) {
    await stop().catch(() => {});
    throw error;
  }
}

function userId(name: string): number {
  const line = readFileSync("/etc/passwd", "utf8").split("\n").find((l) => l.startsWith(`${name}:`));
  if (!line) throw new HarnessError(`There is no "${name}" user; PostgreSQL's package creates it.`);
  return Number(line.split(":")[2]);
}

function groupId(name: string): number {
  const line = readFileSync("/etc/passwd", "utf8").split("\n").find((l) => l.startsWith(`${name}:`));
  return Number(line?.split(":")[3]);
}

export const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

export function databaseUrl(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}

export async function withAdmin<T>(adminUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

/** Drops a database even while something is still connected to it. */
export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  await withAdmin(adminUrl, async (client) => {
    await client.query(`ALTER DATABASE ${quoteIdent(name)} IS_TEMPLATE false`).catch(() => {});
    await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
  });
}

export type Template = { name: string; url: string; drop(): Promise<void> };

/** Creates a database and applies every migration to it with `prisma migrate deploy`. */
export async function createMigratedTemplate(adminUrl: string): Promise<Template> {
  const name = `tracker_template_${process.pid}_${Date.now().toString(36)}`;
  const url = databaseUrl(adminUrl, name);
  await withAdmin(adminUrl, (client) => client.query(`CREATE DATABASE ${quoteIdent(name)}`));
  const drop = () => dropDatabase(adminUrl, name);
  try {
    const result = await runPrisma(["migrate", "deploy"], prismaEnv({ kind: "postgres", url, label: name }));
    if (result.code !== 0) throw new HarnessError(`prisma migrate deploy on the template database failed: ${prismaErrorLine(result.output)}\n${lastLines(result.output)}`);
    // Lets a role with only CREATEDB (a TEST_DATABASE_URL that is not a superuser) copy it.
    await withAdmin(adminUrl, (client) => client.query(`ALTER DATABASE ${quoteIdent(name)} IS_TEMPLATE true`));
  } catch (error) {
    await drop().catch(() => {});
    throw error;
  }
  return { name, url, drop };
}

export type TestServer = { adminUrl: string; template: string; stop(): Promise<void> };

/** TEST_DATABASE_URL's server, or a throwaway cluster; with a migrated template either way. */
export async function provisionPostgres(log: Log, adminUrlFromEnv = process.env.TEST_DATABASE_URL || undefined): Promise<TestServer> {
  let cluster: Cluster | undefined;
  let adminUrl: string;
  if (adminUrlFromEnv) {
    adminUrl = adminUrlFromEnv;
    log(`Using the PostgreSQL server at TEST_DATABASE_URL (${new URL(adminUrl).host}).`);
    try {
      await withAdmin(adminUrl, (client) => client.query("select 1"));
    } catch (error) {
      throw new HarnessError(`Cannot connect to TEST_DATABASE_URL (${new URL(adminUrl).host}): ${(error as Error).message}`);
    }
  } else {
    cluster = await startCluster(log);
    adminUrl = cluster.adminUrl;
  }
  try {
    const template = await createMigratedTemplate(adminUrl);
    log(`Template database ${template.name} migrated.`);
    return {
      adminUrl,
      template: template.name,
      async stop() {
        // The cluster goes as a whole; on a server of someone else's, remove only what we made.
        if (cluster) await cluster.stop();
        else await template.drop();
      },
    };
  } catch (error) {
    await cluster?.stop().catch(() => {});
    throw error;
  }
}

let counter = 0;

/** A new database copied from the template, with a unique name. */
export async function createDatabaseFromTemplate(adminUrl: string, template: string, prefix = "tracker_test"): Promise<{ name: string; url: string; drop(): Promise<void> }> {
  const name = `${prefix}_${process.pid}_${++counter}_${Math.random().toString(36).slice(2, 8)}`;
  await withAdmin(adminUrl, (client) => client.query(`CREATE DATABASE ${quoteIdent(name)} TEMPLATE ${quoteIdent(template)}`));
  return { name, url: databaseUrl(adminUrl, name), drop: () => dropDatabase(adminUrl, name) };
}
