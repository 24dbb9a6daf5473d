import os from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

// Browser tests run in Debian's Chromium (Playwright's own download cannot be fetched here) against
// the production build, served by `npm start`'s own code path. The test harness (scripts/test.ts)
// sets E2E_DATABASE_URL to a throwaway database; without it the server uses a throwaway PGlite.
// E2E_BASE_URL points the specs at a server that is already running (a shared `next dev` while
// developing); then no server is started here. E2E_DATABASE_URL must name that server's database.
const port = Number(process.env.E2E_PORT ?? 3210);
const externalServer = process.env.E2E_BASE_URL;
const baseURL = externalServer ?? `http://localhost:${port}`;

const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
  ],
};

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 30_000,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL,
    trace: "off",
    screenshot: "only-on-failure",
    launchOptions: chromium,
  },
  projects: [
    { name: "laptop", use: { ...devices["Desktop Chrome"], viewport: { width: 1366, height: 900 }, launchOptions: chromium }, testIgnore: /.*\.mobile\.spec\.ts/ },
    { name: "phone", use: { ...devices["Pixel 7"], launchOptions: chromium }, testMatch: /.*\.mobile\.spec\.ts/ },
  ],
  webServer: externalServer ? undefined : {
    command: "node --import tsx scripts/start.ts",
    url: `${baseURL}/`,
    timeout: 300_000,
    reuseExistingServer: false,
    // SIGTERM lets the server close its database; PGlite must be closed cleanly.
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
      // The documents spec refuses a file over the limit: a small one keeps its test file small.
      // The uploads go to a folder as throwaway as the test database (the harness removes TMPDIR).
      DOCUMENT_MAX_BYTES: process.env.E2E_DOCUMENT_MAX_BYTES ?? "200KB",
      DOCUMENTS_DIR: process.env.E2E_DOCUMENTS_DIR ?? path.join(os.tmpdir(), `tracker-e2e-documents-${port}`),
      ...(process.env.E2E_DATABASE_URL
        ? { DATABASE_URL: process.env.E2E_DATABASE_URL }
        : { DATABASE_URL: "", DATA_DIR: process.env.E2E_DATA_DIR ?? ".data-e2e" }),
    },
  },
});
