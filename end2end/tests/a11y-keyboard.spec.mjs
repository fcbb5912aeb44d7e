// A keyboard-only reader: from the first Tab stop, Tab reaches every control of the page
// and the timeline's arrow keys reach every event.
import { test, expect, openGraphic, dataset } from "./fixtures.mjs";
import { selectedId } from "./a11y-helpers.mjs";

test("Tab from the top reaches every control, starting with the skip link", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openGraphic(page);
  // Every control a reader can reach: links, buttons, summaries and widgets in the tab
  // order (the timeline's markers form one stop).
  const controls = await page.evaluate(() => {
    const all = document.querySelectorAll("#graphic a[href], #graphic button, #graphic summary, #graphic [tabindex]");
    return [...all].filter((el) => el.tabIndex >= 0 && el.checkVisibility()).length;
  });
  const tag = () =>
    page.evaluate(() => {
      const a = document.activeElement;
      if (!a || a === document.body) return null;
      if (!a.dataset.walk) a.dataset.walk = String(Math.random());
      return a.dataset.walk;
    });
  const seen = new Set();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip past the graphic" })).toBeFocused();
  for (let i = 0; i < 400; i++) {
    const id = await tag();
    if (id === null || seen.has(id)) break;
    seen.add(id);
    await page.keyboard.press("Tab");
  }
  expect(seen.size).toBe(controls);
  const walked = await page.locator("#graphic [data-walk]").evaluateAll((els) => els.length);
  expect(walked).toBe(controls);
});

test("the skip link moves focus past the graphic", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openGraphic(page);
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(page.locator("#after-graphic")).toBeFocused();
  await expect(page.locator("#after-graphic")).toBeInViewport();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "events.csv" })).toBeFocused();
});

test("the timeline's arrow keys reach every event, in date order", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openGraphic(page);
  const all = dataset().events.map((e) => e.id);
  // Tab to the timeline, as a keyboard reader would.
  const marker = page.getByRole("group", { name: "Timeline of events" }).getByRole("button");
  for (let i = 0; i < 100 && !(await marker.evaluateAll((els) => els.includes(document.activeElement))); i++) {
    await page.keyboard.press("Tab");
  }
  await page.keyboard.press("Home");
  const visited = [];
  for (let i = 0; i < all.length; i++) {
    await expect.poll(() => selectedId(page)).not.toBe(visited.at(-1) ?? null);
    visited.push(await selectedId(page));
    await page.keyboard.press("ArrowRight");
  }
  expect(visited).toEqual(all);
});
