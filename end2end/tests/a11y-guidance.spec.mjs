// Guidance on screen: the chart's legend and notes, the keys of each widget, abbreviations
// spelled out, filter names that read as words.
import { test, expect, openGraphic } from "./fixtures.mjs";

for (const width of [320, 768, 1280]) {
  test(`every note of the chart is text on the page at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await openGraphic(page);
    const notes = page.getByRole("list", { name: "Notes on the chart" }).getByRole("listitem");
    // The drawing's own notes (numbers stand for the ones it cannot fit) are all in the list.
    const drawn = (await page.locator(".chart-svg svg text").allTextContents()).map((t) => t.trim());
    const count = await notes.count();
    expect(count).toBeGreaterThan(2);
    const listed = (await notes.allTextContents()).join("\n");
    for (const t of drawn.filter((t) => /^[A-Z]/.test(t) && !/^[A-Z][a-z]{2}$/.test(t))) {
      if (/^(US|China)\b/.test(t)) continue; // the lines' own labels
      expect(listed).toContain(t);
    }
  });
}

test("the legend, the keys and the one expansion of IEEPA are on screen", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openGraphic(page);
  const legend = page.getByRole("list", { name: "Key" });
  await expect(legend.getByRole("listitem")).toHaveCount(3);
  await expect(legend).toContainText("Shaded: scheduled");
  await expect(page.getByText(/^Keys on the chart:/)).toBeVisible();
  await expect(page.getByText(/^Keys on the timeline:/)).toBeVisible();
  await expect(page.getByText(/A number stands for events too close together/)).toBeVisible();
  await expect(page.getByText("International Emergency Economic Powers Act", { exact: false })).toHaveCount(1);
  const filters = page.getByRole("group", { name: "Show categories" }).getByRole("button", { pressed: true });
  for (const name of await filters.evaluateAll((els) => els.map((el) => el.getAttribute("aria-label"))))
    expect(name).toMatch(/^[A-Z][a-z]+( [a-z]+)? \d+ events$/);
});
