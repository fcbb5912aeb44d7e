// Set-up shared by the embedding tests: a host server on another loopback port (the
// article's origin), and a watcher of console problems, CSP violations and requests.
import { test as base, expect } from "./fixtures.mjs";
import { startHosts } from "../hosts/server.mjs";

export const GRAPHIC = `http://127.0.0.1:${Number(process.env.E2E_PORT || 8765)}/`;

export const test = base.extend({
  // One host server per worker; E2E_HOST_PORT picks the first port (default: any free one).
  hosts: [
    async ({}, use, workerInfo) => {
      const first = Number(process.env.E2E_HOST_PORT || 0);
      const hosts = await startHosts(first ? first + workerInfo.parallelIndex : 0, GRAPHIC);
      await use(hosts.url);
      await hosts.close();
    },
    { scope: "worker" },
  ],
  // The page's console problems and outside requests (in any frame; the host's own files
  // are not outside), plus dialogs and CSP violations.
  problems: async ({ page, hosts }, use) => {
    page.on("dialog", (d) => {
      page.problems.push(`dialog: ${d.message()}`);
      d.dismiss();
    });
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (e) => {
        console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    await use(() => page.problems.filter((p) => !p.startsWith(`request: ${hosts}`)));
  },
});
export { expect };

/** The graphic's frame of a host page, once the app has started in it (its public mark). */
export async function graphicFrame(page) {
  const frame = page.frameLocator("iframe").first();
  await expect(frame.locator(".chart svg, .events").first()).toBeVisible({ timeout: 15_000 });
  const handle = await (await page.locator("iframe").first().elementHandle()).contentFrame();
  await expect
    .poll(() => handle.evaluate(() => performance.getEntriesByName("tariff-timeline:interactive").length).catch(() => 0), { timeout: 15_000 })
    .toBeGreaterThan(0);
  return { frame, handle };
}

/** The content height of a frame's document, in whole pixels. */
export const contentHeight = (handle) =>
  handle.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));

/** The height of the first iframe element of the host page. */
export const frameHeight = (page) =>
  page.locator("iframe").first().evaluate((f) => Math.round(f.getBoundingClientRect().height));
