// Print: the chart and the full dated event list with its sources, nothing to press,
// nothing cut off on an A4 page.
import { test, expect, openGraphic, dataset, readableFromIso } from "./fixtures.mjs";

// A4 at 96 px per inch, less the 15 mm margins of the print stylesheet.
const A4_CONTENT_WIDTH = Math.floor(((210 - 30) / 25.4) * 96);

test("printing shows the chart and every event with its date and sources, and no button", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openGraphic(page);
  await page.emulateMedia({ media: "print" });
  // What the browser fires when the reader prints.
  await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
  const list = page.locator(".print-list");
  const items = list.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3 }) });
  await expect(items).toHaveCount(dataset().events.length);
  const first = dataset().events[0];
  await expect(items.first()).toContainText(first.headline.en);
  await expect(items.first()).toContainText(readableFromIso(first.date));
  await expect(items.first().getByRole("link").first()).toHaveAttribute("href", first.sources[0].url);
  await expect(page.locator(".chart svg").first()).toBeVisible();
  for (const button of await page.getByRole("button").all()) await expect(button).toBeHidden();

  // At an A4 page's width nothing is wider than the page.
  await page.setViewportSize({ width: A4_CONTENT_WIDTH, height: 1100 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const pdf = await page.pdf({ format: "A4" });
  expect(pdf.length).toBeGreaterThan(10_000);

  await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
  await expect(list).toHaveCount(0);
  expect(page.problems).toEqual([]);
});
