// The dataset as readers meet it: every event with its date and sources, what `asof`
// shows, and the data downloads the build writes next to the graphic.
import { test, expect, openGraphic, events, dataset, parseCsv, readableFromIso } from "./fixtures.mjs";

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
  // Nothing on the page, the notes under "About the data" included, speaks of 2026.
  await page.getByText("About the data").click();
  await expect(page.locator("footer.credits")).toContainText("Data through 23 Jul 2025");
  expect(await page.locator("body").innerText()).not.toContain("2026");
});

test("asof before the data's first day is ignored with one warning, and all of the data shows", async ({ page }) => {
  const { start, updated } = dataset();
  const before = new Date(Date.parse(`${start}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  await openGraphic(page, `?asof=${before}`);
  await expect(page.locator("footer.credits")).toContainText(`Data through ${readableFromIso(updated)}`);
  expect(page.problems).toEqual([`warning: tariff-timeline: ignored asof="${before}" (expected a date from ${start})`]);
});

test("asof before the forced-labour duty shows nothing of it", async ({ page }) => {
  await openGraphic(page, "?asof=2026-03-01");
  await page.getByText("About the data").click();
  await expect(page.locator("details.about")).toContainText("Section 122");
  const text = await page.locator("body").innerText();
  expect(text).not.toMatch(/forced-labour|12\.5%/);
});

test("a deadline that passed unsettled is said to be so, not scheduled", async ({ page }) => {
  const { updated, deadlines } = dataset();
  const passed = deadlines.filter((d) => d.kind === "truce" && d.outcome === "unconfirmed" && d.date <= updated);
  await openGraphic(page);
  const figures = page.getByRole("region", { name: "Key figures" });
  if (passed.length === 0) {
    // An edition with none: no key figure speaks of a passed deadline.
    await expect(figures).not.toContainText("no confirmed outcome");
    return;
  }
  const due = passed.map((d) => d.date).sort().at(-1);
  await expect(figures).toContainText(
    `Was due to end on ${readableFromIso(due)}; no confirmed outcome as of ${readableFromIso(updated)}.`,
  );
  await expect(figures).not.toContainText("scheduled as of");
  // The card of the event that set it says so too.
  const setBy = passed.find((d) => d.date === due).set_by;
  await openGraphic(page, `?event=${setBy}`);
  await expect(page.getByTestId("event-card").first()).toContainText(
    `was due on ${readableFromIso(due)}; no confirmed outcome as of ${readableFromIso(updated)}`,
  );
  expect(page.problems).toEqual([]);
});

test("the method, definitions and revision log travel with the graphic", async ({ page }) => {
  await openGraphic(page);
  await page.getByText("About the data").click();
  const about = page.locator("details.about");
  await expect(about).toContainText("low-confidence facts are left out");
  await expect(about.getByRole("listitem").first()).toContainText(readableFromIso(dataset().revisions[0].date));
});

test("the footer links the data downloads", async ({ page }) => {
  await openGraphic(page);
  const links = page.locator("footer .downloads").getByRole("link");
  await expect(links).toHaveText(["events.csv", "rates.csv", "data.json"]);
  for (const href of await links.evaluateAll((as) => as.map((a) => a.href))) {
    expect((await page.request.get(href)).ok(), href).toBe(true);
  }
});

test("the data downloads hold one row per event and per rate step", async ({ request }) => {
  const json = await (await request.get("data.json")).json();
  expect(json.events.length).toBeGreaterThan(0);
  expect(json.methodology.en.length).toBeGreaterThan(0);
  for (const [file, rows, key] of [["events.csv", json.events, "id"], ["rates.csv", json.rates, "event"]]) {
    const response = await request.get(file);
    expect(response.ok()).toBe(true);
    const bytes = await response.body();
    expect([...bytes.subarray(0, 3)], `${file} starts with a BOM`).toEqual([0xef, 0xbb, 0xbf]);
    const parsed = parseCsv(new TextDecoder("utf-8").decode(bytes)); // the decoder drops the BOM
    expect(parsed.map((r) => r[key])).toEqual(rows.map((r) => r[key]));
  }
  const first = parseCsv(new TextDecoder("utf-8").decode(await (await request.get("events.csv")).body()))[0];
  expect(first.sources).toContain(json.events[0].sources[0].url);
});
