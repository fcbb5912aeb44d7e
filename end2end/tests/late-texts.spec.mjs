// The summaries, sources and notes arrive after the graphic has mounted: until then a card
// says its summary is loading; if they cannot be fetched it says so, and keeps the rest.
import { test, expect, dataset } from "./fixtures.mjs";

const LATE_FILE = /\/texts-en-[0-9a-f]+\.txt$/;

/** Opens the first event's card in the list at phone width; returns the card. */
async function openFirstCard(page, lang = "en") {
  await page.setViewportSize({ width: 400, height: 800 });
  await page.goto(`?lang=${lang}`);
  const [all, events] = lang === "en" ? [/^All \d+ events$/, "Events"] : [/^全部\d+个事件$/, "大事记"];
  await page.getByRole("button", { name: all }).click();
  const first = dataset().events[0];
  const list = page.getByRole("region", { name: events, exact: true });
  await list.getByRole("button", { name: first.headline[lang] }).click();
  return { first, card: list.locator(`#card-${first.id}`) };
}

test("a card says its summary is loading until the texts arrive, then shows it and its sources", async ({ page }) => {
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route(LATE_FILE, async (route) => {
    await held;
    await route.continue();
  });
  const { first, card } = await openFirstCard(page);
  await expect(card.locator(".summary")).toHaveText("Loading…");
  await expect(card.getByRole("link")).toHaveCount(0);
  await expect(card.getByText("Sources", { exact: true })).toHaveCount(0);
  release();
  await expect(card.locator(".summary")).toHaveText(first.summary.en);
  await expect(card.getByRole("link")).toHaveCount(first.sources.length);
  await expect(card.getByRole("link").first()).toHaveAttribute("href", first.sources[0].url);
  await expect(card.getByText("Sources", { exact: true })).toBeVisible();
  await expect(page.locator("details.about p").first()).toHaveText(dataset().methodology.en);
  expect(page.problems).toEqual([]);
});

test("if the texts cannot be fetched, a card says so and keeps its headline, date and buttons", async ({ page }) => {
  await page.route(LATE_FILE, (route) => route.abort());
  const { card } = await openFirstCard(page);
  await expect(card.locator(".summary")).toHaveText("This text could not be loaded: reload the page to read it.");
  await expect(card.locator(".card-date")).toContainText("20 Jan 2025");
  await expect(card.getByRole("button", { name: "Close" })).toBeVisible();
  // The method was on the pre-rendered page from the start, and stays.
  const method = page.locator("details.about p").first();
  await expect(method).not.toHaveText(/could not be loaded|Loading/);
  await expect(method).not.toBeEmpty();
  // The browser's report of the failed request, and the graphic's naming the file.
  expect(page.problems).toEqual([
    "error: Failed to load resource: net::ERR_FAILED",
    expect.stringMatching(/^warning: tariff-timeline: texts-en-[0-9a-f]+\.txt could not be loaded$/),
  ]);
});

test("a Chinese reader's card shows the Chinese summary and the sources", async ({ page }) => {
  const { first, card } = await openFirstCard(page, "zh");
  await expect(card.locator(".summary")).toHaveText(first.summary.zh);
  await expect(card.getByRole("link")).toHaveCount(first.sources.length);
  expect(page.problems).toEqual([]);
});
