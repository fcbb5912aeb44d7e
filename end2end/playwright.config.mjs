// Browser tests against the built dist/, served on loopback, in Debian's Chromium.
import { defineConfig } from "@playwright/test";
import { CHROME, CHROME_ARGS } from "./chromium.mjs";

const port = Number(process.env.E2E_PORT || 8765);

export default defineConfig({
  testDir: "./tests",
  reporter: [["list"]],
  workers: 2,
  retries: 0,
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    browserName: "chromium",
    launchOptions: {
      executablePath: CHROME,
      args: CHROME_ARGS,
    },
  },
  webServer: {
    command: `node serve.mjs ../dist ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 10_000,
  },
});
