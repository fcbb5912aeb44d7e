// The dataset as readers meet it: every event with its date and sources.
import { test, expect, openGraphic, events } from "./fixtures.mjs";

test("every event opens a card with its date and https sources", async ({ page }) => {
  await page.setViewportSize({ width: 400, height: 800 });
  await openGraphic(page);
  await page.getByRole("button", { name: /^All \d+ events$/ }).click();
  const list = page.getByRole("region", { name: "Events" });
  const all = events();
  for (const e of [all[0], all[Math.floor(all.length / 2)], all[all.length - 1]]) {
    const head = list.getByRole("button", { name: e.headline });
    await head.click();
    await expect(head).toHaveAttribute("aria-expanded", "true");
    const card = list.locator(`#card-${e.id}`);
    await expect(card).toBeVisible();
    const links = card.getByRole("link");
    expect(await links.count()).toBeGreaterThan(0);
    for (const href of await links.evaluateAll((as) => as.map((a) => a.href))) {
      expect(href).toMatch(/^https:\/\//);
    }
  }
  expect(page.problems).toEqual([]);
});

test("asof shows only what was known on the seed article's day", async ({ page }) => {
  await page.setViewportSize({ width: 400, height: 800 });
  await openGraphic(page, "?asof=2025-07-23");
  await page.getByRole("button", { name: /^All \d+ events$/ }).click();
  const list = page.getByRole("region", { name: "Events" });
  await expect(list.getByRole("button", { name: /Stockholm/ })).toHaveCount(2); // announced, not yet held
  const later = events().filter((e) => e.date > "2025-07-23");
  await expect(list.getByRole("button", { name: later[0].headline })).toHaveCount(0);
  const figures = page.getByRole("region", { name: "Key figures" });
  await expect(figures).toContainText("The US adds 30% to most Chinese goods; China adds 10%");
  await expect(figures).toContainText("Due to end on 12 Aug 2025");
});

test("the method, definitions and revision log travel with the graphic", async ({ page }) => {
  await openGraphic(page);
  await page.getByText("About the data").click();
  const about = page.locator("details.about");
  await expect(about).toContainText("low-confidence facts are left out");
  await expect(about.getByRole("listitem").first()).toContainText("20 May 2026");
});
