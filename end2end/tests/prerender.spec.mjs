// The page the build pre-renders from the app's own components: complete without
// JavaScript, shown while the app loads, and taken over by the app without moving.
import { test, expect, appStarted, dataset, readableFromIso } from "./fixtures.mjs";

/** Holds the WebAssembly download until the returned function is called. */
async function holdWasm(page) {
  let release;
  const held = new Promise((r) => (release = r));
  await page.route(/\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** Every event's date, headline and source links are on the page. */
async function expectEveryEvent(page) {
  const items = page.getByRole("region", { name: "Events" }).getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3 }) });
  const events = dataset().events;
  await expect(items).toHaveCount(events.length);
  // Text content, not inner text: events far off screen are not rendered until near.
  const texts = await items.allTextContents();
  const hrefs = await items.evaluateAll((els) => els.map((li) => [...li.querySelectorAll("a")].map((a) => a.href)));
  events.forEach((e, i) => {
    expect(texts[i]).toContain(e.headline.en);
    // An exact day reads as such; an approximate date or a span at least names month and year.
    const [day, month, year] = readableFromIso(e.date).split(" ");
    if (e.date_precision === "day" && !e.end) expect(texts[i]).toContain(`${day} ${month} ${year}`);
    else for (const part of [month, year]) expect(texts[i]).toContain(part);
    expect(hrefs[i]).toEqual(e.sources.map((s) => new URL(s.url).href));
  });
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the page has the key figures, the chart and every event with its date and sources", async ({ page }) => {
    await page.goto("");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(dataset().title.en);
    await expect(page.getByRole("region", { name: "Key figures" }).getByRole("definition")).toHaveCount(4);
    const chart = page.getByRole("img", { name: /Tariff rates chart/ });
    await expect(chart.locator("svg:visible")).toHaveCount(1);
    expect((await chart.boundingBox()).height).toBeGreaterThan(250);
    await expectEveryEvent(page);
    // Nothing offered that needs the app.
    await expect(page.getByRole("button")).toHaveCount(0);
    await expect(page.getByRole("slider")).toHaveCount(0);
    await expect(page.getByText(/use the arrow keys/)).toBeHidden();
    // The downloads are the build's files.
    for (const link of await page.getByRole("group", { name: "Download the chart" }).getByRole("link").all()) {
      expect((await page.request.get(await link.getAttribute("href"))).ok()).toBe(true);
    }
    // The rate table's events lead to the list.
    const row = page.locator(".rate-table tbody tr").last();
    await page.locator(".rate-table summary").click();
    await row.getByRole("link").click();
    await expect(page.locator(":target h3")).toBeInViewport();
    expect(page.problems).toEqual([]);
  });

  test("at any width, the key names every numbered note of the drawing shown", async ({ page }) => {
    for (const width of [320, 500, 700, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto("");
      const drawn = await page.locator(".chart-svg:visible svg text").allTextContents();
      // Note numbers have one or two digits; the axis years four.
      const numbered = drawn.filter((t) => /^\d{1,2}$/.test(t.trim())).map(Number).sort((a, b) => a - b);
      const keys = await page.locator(".chart-key:visible li:not(.visually-hidden)").allInnerTexts();
      expect(keys.map((k) => Number(k.split(" ")[0])), `at ${width} px`).toEqual(numbered);
      await expect(page.locator(".chart-svg:visible")).toHaveCount(1);
    }
  });

  test("printed, the page shows every event with its sources and nothing to press", async ({ page }) => {
    await page.goto("");
    await page.emulateMedia({ media: "print" });
    await expectEveryEvent(page);
    await expect(page.getByRole("group", { name: "Download the chart" })).toBeHidden();
    expect((await page.pdf({ format: "A4" })).length).toBeGreaterThan(10_000);
  });

  test("the drawing takes the reader's theme", async ({ page }) => {
    const colours = () => page.locator(".chart-svg svg:visible").evaluate((svg) => {
      const painted = (selector, property) => getComputedStyle(svg.querySelector(selector))[property];
      return { background: painted("rect", "fill"), page: getComputedStyle(document.body).backgroundColor, line: painted("polyline[stroke-dasharray]", "stroke") };
    });
    await page.goto("");
    const light = await colours();
    await page.emulateMedia({ colorScheme: "dark" });
    const dark = await colours();
    expect(light.background).toBe(light.page);
    expect(dark.background).toBe(dark.page);
    expect(dark.background).not.toBe(light.background);
    expect(dark.line).not.toBe(light.line);
  });
});

test("static=1 is the complete pre-rendered page, without the WebAssembly", async ({ page }) => {
  const code = [];
  page.on("request", (r) => /\.(wasm|js)$/.test(new URL(r.url()).pathname) && code.push(r.url()));
  await page.goto("?static=1", { waitUntil: "networkidle" });
  await expectEveryEvent(page);
  await expect(page.getByText(/use the arrow keys/)).toBeHidden();
  expect(code.filter((u) => !/\/boot-[^/]*\.js$/.test(u))).toEqual([]);
  expect(page.problems).toEqual([]);
});

for (const [width, height] of [[375, 800], [1280, 900]]) {
  test(`at ${width} px the app takes over without moving anything or changing the words`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.addInitScript(() => {
      window.layoutShift = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (!e.hadRecentInput) window.layoutShift += e.value;
      }).observe({ type: "layout-shift", buffered: true });
      window.largestPaints = [];
      new PerformanceObserver((list) => window.largestPaints.push(...list.getEntries().map((e) => e.startTime)))
        .observe({ type: "largest-contentful-paint", buffered: true });
    });
    const release = await holdWasm(page);
    await page.goto("");
    // Before the app: the page is there, and its largest paint has happened.
    const parts = {
      title: page.getByRole("heading", { level: 1 }),
      figures: page.getByRole("region", { name: "Key figures" }),
      chartHeading: page.getByRole("heading", { level: 2, name: /Tariff rates/ }),
      chart: page.locator(".chart-canvas"),
      readout: page.locator(".readout"),
    };
    await expect(parts.chart).toBeVisible();
    await expect.poll(() => page.evaluate(() => window.largestPaints.length)).toBeGreaterThan(0);
    const before = {};
    for (const [name, locator] of Object.entries(parts)) {
      before[name] = { box: await locator.boundingBox(), text: await locator.innerText() };
    }
    release();
    await appStarted(page);
    await expect(page.getByRole("slider", { name: /Tariff rates chart/ })).toBeVisible();
    for (const [name, locator] of Object.entries(parts)) {
      const box = await locator.boundingBox();
      for (const side of ["x", "y", "width", "height"]) {
        expect(Math.abs(box[side] - before[name].box[side]), `${name}: ${side}`).toBeLessThanOrEqual(1);
      }
      if (name !== "chart") expect(await locator.innerText(), name).toBe(before[name].text);
    }
    expect(await page.evaluate(() => window.layoutShift)).toBe(0);
    expect(page.problems).toEqual([]);
  });
}

test("taking over, the app writes nothing to <html> or the title that they already say", async ({ page }) => {
  // A write to <html>, even of the value it has, makes the browser restyle the whole page.
  await page.addInitScript(() => {
    window.rewrites = [];
    document.addEventListener("DOMContentLoaded", () => {
      const root = document.documentElement;
      new MutationObserver((records) => {
        for (const r of records) if (r.oldValue === root.getAttribute(r.attributeName)) rewrites.push(r.attributeName);
      }).observe(root, { attributes: true, attributeOldValue: true });
      const title = document.querySelector("title");
      const text = title.textContent;
      new MutationObserver(() => title.textContent === text && rewrites.push("title"))
        .observe(title, { childList: true, characterData: true, subtree: true });
    });
  });
  await page.goto("");
  await appStarted(page);
  await expect(page.getByRole("slider", { name: /Tariff rates chart/ })).toBeVisible();
  expect(await page.evaluate(() => window.rewrites)).toEqual([]);
  expect(page.problems).toEqual([]);
});

test("where the URL asks for another page, the pre-render stays hidden until the app replaces it", async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto("?lang=zh");
  await expect(page.locator("[data-prerendered]")).toBeAttached();
  await expect(page.getByRole("heading", { level: 1 })).toBeHidden();
  release();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(dataset().title.zh);
});
