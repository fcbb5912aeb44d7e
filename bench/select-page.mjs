// What the select profilers share: their arguments (`[DIST] [SELECTS]`, BENCH_CPU and
// BENCH_PORT as run.mjs, BENCH_WIDTH: 1280 px unless set), the build served on loopback,
// and the graphic with focus on the timeline's first event and the CPU slowed down, ready
// for "next event" keys. run.mjs focuses the first event the same way.
import { chromium } from "@playwright/test";
import { CHROME, CHROME_ARGS } from "../end2end/chromium.mjs";
import { serve } from "./server.mjs";

/**
 * Puts focus on the first event of the mounted graphic, ready for "next event" keys: a
 * marker of the track on a wide screen, an entry of the list on a narrow one.
 */
export async function focusFirstEvent(page) {
  const track = page.getByRole("group", { name: "Timeline of events" });
  const events = (await track.count()) > 0 ? track : page.locator(".event-list");
  // The list shows the key events first; an edition without any shows none until asked.
  // Asked from the keyboard, like the selects: a mouse left over the list would have the
  // browser hit-test it for hover after every select's layout.
  if ((await events.getByRole("button").count()) === 0) {
    await page.getByRole("button", { name: /^All [\d,]+ events$/ }).press("Enter");
  }
  await events.getByRole("button").first().focus();
  await page.keyboard.press("Home");
}

async function timelineAtFirstEvent(url, cpu, width) {
  const browser = await chromium.launch({ executablePath: CHROME, args: CHROME_ARGS });
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName("tariff-timeline:interactive").length > 0);
  await focusFirstEvent(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpu });
  return { browser, page, cdp };
}

/** Serves the build the command line names and opens it at its first event; `close` ends both. */
export async function selectSession(defaultSelects) {
  const cpu = Number(process.env.BENCH_CPU || 4);
  const port = Number(process.env.BENCH_PORT || 8790);
  const dist = process.argv[2] || new URL("../dist-5000/", import.meta.url).pathname;
  const selects = Number(process.argv[3] || defaultSelects);
  const server = await serve({ "/app/": dist }, port);
  const width = Number(process.env.BENCH_WIDTH || 1280);
  const { browser, page, cdp } = await timelineAtFirstEvent(`http://127.0.0.1:${port}/app/`, cpu, width);
  const close = async () => {
    await browser.close();
    server.closeAllConnections();
    server.close();
  };
  return { cpu, selects, browser, page, cdp, close };
}
