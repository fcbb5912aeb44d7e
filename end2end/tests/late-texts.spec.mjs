// The texts travel apart from the graphic's code. Its headlines, actors and labels come from
// the page: without them the app does not start. The summaries, sources and notes of an
// English reader's app come from the page too; without them it fetches their file once
// mounted: until then a card says its summary is loading; if the file cannot be fetched it
// says so, and keeps the rest.
import { test, expect, dataset, openGraphic } from "./fixtures.mjs";

const LATE_FILE = /\/texts-en-[0-9a-f]+\.txt$/;
const PAGE_COPY = /<script type="text\/plain" id="late-texts-en">[\s\S]*?<\/script>/;
const NO_PAGE_COPY = /^warning: tariff-timeline: the page holds no copy of texts-en-[0-9a-f]+\.txt of this build: fetching it$/;

const DATA_COPY = /<script type="text\/plain" id="texts-en">[\s\S]*?<\/script>/;

/** Serves the page with its copy of the English late texts (or of those matching `pattern`)
 * replaced by `copy` (none if empty). */
async function withPageCopy(page, copy, pattern = PAGE_COPY) {
  await page.route("**/*", async (route) => {
    if (route.request().resourceType() !== "document") return route.fallback();
    const response = await route.fetch();
    const html = await response.text();
    expect(html).toMatch(pattern);
    await route.fulfill({ response, body: html.replace(pattern, copy) });
  });
}

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

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

test("an English reader's app takes every summary, source and note from the page and fetches no texts file", async ({ page }) => {
  const fetched = [];
  page.on("request", (r) => /\/texts-/.test(r.url()) && fetched.push(r.url()));
  await page.setViewportSize({ width: 1280, height: 900 });
  await openGraphic(page);
  // Printing lists every event in full, as the app renders it.
  await page.emulateMedia({ media: "print" });
  await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
  const items = page.locator(".print-list").getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3 }) });
  const events = dataset().events;
  await expect(items).toHaveText(events.map((e) => new RegExp(escapeRegExp(e.summary.en))));
  const links = items.getByRole("list", { name: "Sources" }).getByRole("link");
  expect(await links.evaluateAll((all) => all.map((a) => a.getAttribute("href")))).toEqual(
    events.flatMap((e) => e.sources.map((s) => s.url)),
  );
  await expect(page.locator("details.about p").first()).toHaveText(dataset().methodology.en);
  await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
  await page.emulateMedia({ media: "screen" });
  // A card shows its summary at once: no word that it is loading.
  await page.setViewportSize({ width: 400, height: 800 });
  const { first, card } = await openFirstCard(page);
  await expect(card.locator(".summary")).toHaveText(first.summary.en);
  await expect(card.getByRole("link")).toHaveCount(first.sources.length);
  expect(fetched).toEqual([]);
  expect(page.problems).toEqual([]);
});

test("without the page's copy, a card says its summary is loading until the texts arrive, then shows it and its sources", async ({ page }) => {
  await withPageCopy(page, "");
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
  expect(page.problems).toEqual([expect.stringMatching(NO_PAGE_COPY)]);
});

test("if the page's copy is of another build and the texts cannot be fetched, a card says so and keeps its headline, date and buttons", async ({ page }) => {
  await withPageCopy(page, '<script type="text/plain" id="late-texts-en">A copy of another build</script>');
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
    expect.stringMatching(NO_PAGE_COPY),
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

test("without the page's texts of the data the app does not start: the page says so and keeps the pre-render", async ({ page }) => {
  await withPageCopy(page, "", DATA_COPY);
  await page.goto("?lang=zh");
  await expect(page.getByRole("status").filter({ hasText: "could not start" })).toHaveText(
    "The interactive graphic could not start in this browser. 互动图表无法在此浏览器中启动。",
  );
  // The pre-rendered page, in English, is shown even where the URL asked for another.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(dataset().title.en);
  const events = page.getByRole("region", { name: "Events" }).getByRole("heading", { level: 3 });
  await expect(events.first()).toHaveText(dataset().events[0].headline.en);
  await expect(events.first()).toBeVisible();
  expect(page.problems).toEqual(["error: tariff-timeline: the page holds no texts of the data of this build"]);
});
