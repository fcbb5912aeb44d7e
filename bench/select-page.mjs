// What the select profilers share: the graphic at 1280 px, focus on the timeline's first
// event, the CPU slowed down, ready for "next event" key presses.
import { chromium } from "@playwright/test";
import { CHROME, CHROME_ARGS } from "../end2end/chromium.mjs";

export async function timelineAtFirstEvent(url, cpu) {
  const browser = await chromium.launch({ executablePath: CHROME, args: CHROME_ARGS });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName("tariff-timeline:interactive").length > 0);
  await page.getByRole("group", { name: "Timeline of events" }).getByRole("button").first().focus();
  await page.keyboard.press("Home");
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpu });
  return { browser, page, cdp };
}
