// The publisher's URL options not covered elsewhere, deep links, the phone layout and the
// shipped Content-Security-Policy, each shown by its effect on the standalone page.
import { test, expect, openGraphic, events } from "./fixtures.mjs";

const allEvents = events();
const LATE = allEvents[allEvents.length - 8];

/** A headline as a literal in a regular expression. */
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Records CSP violations in every frame of the page. */
async function watchCsp(page) {
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}

test("Pym's own parameters are accepted without a warning", async ({ page }) => {
  await openGraphic(page, "?initialWidth=375&childId=graphic-1&parentTitle=Trade%20%3Cb%3Ewar%3C%2Fb%3E&parentUrl=https%3A%2F%2Fnews.example%2Fstory");
  await expect(page.getByRole("region", { name: "Key figures" })).toBeVisible();
  expect(page.problems).toEqual([]);
});

for (const [query, warning] of [
  ["initialWidth=wide", 'ignored initialWidth="wide"'],
  ["childId=%3Cscript%3E", 'ignored childId="<script>"'],
  ["parentUrl=javascript%3Aalert(1)", 'ignored parentUrl="javascript:alert(1)"'],
  ["static=yes", 'ignored static="yes"'],
]) {
  test(`an invalid Pym or static value is ignored with one warning: ${query}`, async ({ page }) => {
    await openGraphic(page, "?" + query);
    await expect(page.getByRole("region", { name: "Key figures" })).toBeVisible();
    expect(page.problems).toHaveLength(1);
    expect(page.problems[0]).toContain(warning);
  });
}

test("parentUrl: the host page's own #event link opens that event in the frame", async ({ page }) => {
  const parent = encodeURIComponent(`https://news.example/story?x=1#event=${LATE.id}`);
  await openGraphic(page, `?parentUrl=${parent}`);
  await expect(page.locator(`#card-${LATE.id}`)).toBeVisible();
  expect(page.problems).toEqual([]);
});

test("a #event link scrolls its card into view", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await openGraphic(page, `#event=${LATE.id}`);
  const card = page.locator(`#card-${LATE.id}`);
  await expect(card).toBeInViewport();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  expect(page.problems).toEqual([]);
});

test("on a 375 px phone the graphic is at most three screens tall and every event is a tap or two away", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await openGraphic(page);
  await expect(page.locator(".chart svg").first()).toBeVisible();
  const events = page.getByRole("region", { name: "Events" });
  await expect(events.getByRole("listitem").first()).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(2400);

  // One tap opens the whole list, a second opens any event's card. (Clicks: taps on a
  // touch screen reach the same buttons.)
  const all = events.getByRole("button", { name: `All ${allEvents.length} events` });
  await expect(all).toHaveAttribute("aria-expanded", "false");
  await all.click();
  await expect(events.locator(".event-list > li")).toHaveCount(allEvents.length);
  for (const e of allEvents) await expect(events.locator(`button[data-event-id="${e.id}"]`)).toHaveCount(1);
  await events.locator(`button[data-event-id="${LATE.id}"]`).click();
  await expect(page.locator(`#card-${LATE.id}`)).toBeVisible();
  // And back to the key events.
  await events.getByRole("button", { name: "Key events only" }).click();
  await expect(events.locator(".event-list > li").first()).toBeVisible();
  expect(await events.locator(".event-list > li").count()).toBeLessThan(allEvents.length);
  expect(page.problems).toEqual([]);
});

test("on a phone the row of key events stays a row once the reader has opened every event", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await openGraphic(page);
  const events = page.getByRole("region", { name: "Events" });
  const all = events.getByRole("button", { name: `All ${allEvents.length} events` });
  await expect(all).toHaveAttribute("aria-expanded", "false");
  // Every event in turn, from the first, as a keyboard reader steps through them: its card
  // opens, and its entry has focus, wholly in view.
  await events.locator(".event-list button").first().focus();
  await page.keyboard.press("Home");
  for (const e of allEvents.slice(1)) {
    await page.keyboard.press("ArrowRight");
    await expect(page.getByTestId("event-card").getByRole("heading", { name: e.headline })).toBeVisible();
    const entry = events.locator(`button[data-event-id="${e.id}"]`);
    await expect(entry).toBeFocused();
    await expect(entry).toBeInViewport({ ratio: 1 });
  }
  // Still the row, one tap from the whole list.
  await expect(all).toHaveAttribute("aria-expanded", "false");
  expect(page.problems).toEqual([]);
});

test("on a phone the row of key events follows the selection made on the card", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await openGraphic(page);
  const events = page.getByRole("region", { name: "Events" });
  const row = page.locator("#event-list");
  await events.locator(".event-list button").first().click();
  for (const e of allEvents.slice(1, 9)) {
    await page.getByTestId("event-card").getByRole("button", { name: /^Next event/ }).click();
    await expect(page.getByTestId("event-card").getByRole("heading", { name: e.headline })).toBeVisible();
    // Its entry comes wholly into the row's view.
    const entry = row.getByRole("button", { name: new RegExp(escape(e.headline)) });
    await expect(entry).toHaveAttribute("aria-expanded", "true");
    await expect.poll(async () => {
      const [r, b] = [await row.boundingBox(), await entry.boundingBox()];
      return b.x >= r.x && b.x + b.width <= r.x + r.width;
    }).toBe(true);
  }
  expect(page.problems).toEqual([]);
});

test("the shipped Content-Security-Policy is sent and nothing violates it", async ({ page }) => {
  await watchCsp(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  const response = await page.goto("");
  expect(response.headers()["content-security-policy"]).toContain("default-src 'none'");
  await openGraphic(page);
  await page.locator(".track button[data-event-id]").first().click();
  await expect(page.getByTestId("event-card")).toBeVisible();
  await page.setViewportSize({ width: 375, height: 800 });
  await page.getByRole("button", { name: /^All \d+ events$/ }).click();
  await expect(page.locator(".event-list > li")).toHaveCount(allEvents.length);
  expect(await page.evaluate(() => window.cspViolations)).toEqual([]);

  await page.goto("embed.html");
  await expect(page.frameLocator("iframe").first().locator(".chart svg").first()).toBeVisible();
  await expect.poll(() => page.frames().length).toBe(4);
  for (const f of page.frames()) expect(await f.evaluate(() => window.cspViolations)).toEqual([]);
  expect(page.problems).toEqual([]);
});

test("the embed page offers every kind of snippet, copies it and previews the choice", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("embed.html");
  const snippet = page.getByLabel("Snippet to copy");
  await expect(snippet).toHaveValue(/<iframe data-tariff-timeline src="http:\/\/127\.0\.0\.1:\d+\/"[^]*embed\.js/);
  await page.getByLabel("Language").selectOption("zh");
  await page.getByLabel("Theme").selectOption("dark");
  await page.getByLabel("View", { exact: true }).selectOption("chart");
  await page.getByLabel("As of (for archived articles)").fill("2025-07-23");
  await expect(snippet).toHaveValue(/\?lang=zh&amp;theme=dark&amp;view=chart&amp;asof=2025-07-23/);
  for (const [kind, shape] of [
    ["Plain iframe", /^<iframe src=/],
    ["Pym.js", /new pym\.Parent\("tariff-timeline", "http:[^"]*\?lang=zh&theme=dark&view=chart&asof=2025-07-23"/],
    ["AMP", /<amp-iframe [^]*resizable[^]*<amp-img placeholder/],
  ]) {
    await page.getByLabel(kind).check();
    await expect(snippet).toHaveValue(shape);
  }
  await page.getByRole("button", { name: "Copy snippet" }).click();
  await expect(page.getByRole("status")).toHaveText("Copied.");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await snippet.inputValue());

  for (const width of [320, 768, 1200]) {
    const preview = page.frameLocator(`iframe[title="Preview at ${width} pixels"]`);
    await expect(preview.locator("html")).toHaveAttribute("lang", "zh-Hans");
    await expect(preview.locator("html")).toHaveAttribute("data-theme", "dark");
    expect(await page.locator(`iframe[title="Preview at ${width} pixels"]`).evaluate((f) => f.offsetWidth)).toBe(width);
  }
  expect(page.problems).toEqual([]);
});
