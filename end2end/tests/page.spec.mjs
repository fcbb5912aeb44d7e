// What a reader sees on opening the graphic.
import { test, expect, openGraphic, events, dataset, rateOn, readableFromIso } from "./fixtures.mjs";

test("shows the title, key figures, the chart and the timeline, without errors", async ({ page }) => {
  await openGraphic(page);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("tariff");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");

  const figures = page.getByRole("region", { name: "Key figures" });
  const updated = dataset().updated;
  await expect(figures).toContainText(
    `The US adds ${rateOn("us", updated)}% to most Chinese goods; China adds ${rateOn("china", updated)}% to all US goods (as of ${readableFromIso(updated)}).`,
  );
  const peak = (series) => Math.max(...dataset().rates.filter((s) => s.series === series).map((s) => s.rate));
  await expect(figures).toContainText(`${peak("us")}%`);
  await expect(figures).toContainText(`${peak("china")}%`);

  const chart = page.getByRole("slider", { name: /Tariff rates chart/ });
  await expect(chart).toBeVisible();
  await expect(chart.locator("svg").first()).toBeVisible();
  await expect(chart.locator("svg text", { hasText: "US on China" })).toHaveCount(1);
  await expect(chart.locator("svg text", { hasText: "China on US" })).toHaveCount(1);

  await expect(page.getByRole("group", { name: "Timeline of events" })).toBeVisible();

  // Effects that run after mounting have had a frame to report anything.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  expect(page.problems).toEqual([]);
});

test("a phone-sized frame lists every event without horizontal scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await openGraphic(page);
  await expect(page.locator(".chart svg").first()).toBeVisible();
  await page.getByRole("button", { name: /^All \d+ events$/ }).click();
  const list = page.getByRole("region", { name: "Events" }).getByRole("listitem");
  const all = events();
  await expect(list).toHaveCount(all.length);
  await expect(list.first()).toContainText(all[0].headline);
  await expect(list.last()).toContainText(all[all.length - 1].headline);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  expect(page.problems).toEqual([]);
});

test("the page stays readable when the app cannot start", async ({ page }) => {
  await page.route(/\.wasm$/, (route) => route.abort());
  await page.goto("");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("tariff");
  await expect(page.getByRole("status")).toContainText("The interactive graphic could not start in this browser.");
});

test("the page stays readable when the app's WebAssembly is missing", async ({ page }) => {
  // A host that uploaded every file but one answers 404.
  await page.route(/\.wasm$/, (route) => route.fulfill({ status: 404, contentType: "text/html", body: "not found" }));
  await page.goto("");
  await expect(page.getByRole("status")).toContainText("The interactive graphic could not start in this browser.");
  await expect(page.getByRole("heading", { level: 2, name: "Events" })).toBeVisible();
  await expect(page.getByRole("img", { name: /chart/i })).toBeVisible();
});

test("the app's files carry no classes that nothing calls", async ({ page }) => {
  await openGraphic(page);
  const { glue, wasm, texts } = await page.evaluate(async () => {
    const files = JSON.parse(document.getElementById("app-files").textContent);
    const bytes = await (await fetch(files.wasm)).arrayBuffer();
    const module = await WebAssembly.compile(bytes);
    return {
      glue: Object.keys(await import(new URL(files.js, location.href))),
      wasm: WebAssembly.Module.exports(module).map((e) => e.name),
      texts: new TextDecoder("latin1").decode(bytes),
    };
  });
  // The glue names its classes after Rust types, in PascalCase; the page starts the app
  // through the glue's init alone.
  expect(glue.filter((name) => /^[A-Z]/.test(name))).toEqual([]);
  // wasm-bindgen gives every exported class a `__wbg_<class>_free` export.
  expect(wasm.filter((name) => /^__wbg_\w+_free$/.test(name))).toEqual([]);
  // Nor is their code linked (scripts/wasm-ld.mjs): wasm-streams' adapters reached the
  // standard library's I/O error texts, which the graphic never shows.
  expect(texts).not.toContain("entity not found");
});

test("starting the app again from the page's scripts leaves one graphic, and says so", async ({ page }) => {
  await openGraphic(page);
  await page.evaluate(async () => {
    const files = JSON.parse(document.getElementById("app-files").textContent);
    (await import(new URL(files.js, location.href))).start();
    await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 100)));
  });
  await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
  await expect(page.getByRole("slider", { name: /Tariff rates chart/ })).toHaveCount(1);
  await expect(page.getByRole("group", { name: "Timeline of events" })).toHaveCount(1);
  expect(page.problems).toEqual(["warning: tariff-timeline: the graphic has started already"]);
});

test("the app starts where the browser paints no frames, as in a hidden tab or a frame out of view", async ({ page }) => {
  // Frames are never painted: no animation-frame callback runs.
  await page.addInitScript(() => {
    window.requestAnimationFrame = () => 0;
  });
  await page.goto("");
  await page.waitForFunction(() => performance.getEntriesByName("tariff-timeline:interactive").length > 0, null, {
    polling: 100,
  });
  await page.getByRole("group", { name: "Timeline of events" }).getByRole("button").first().focus();
  await page.keyboard.press("End");
  const last = events().at(-1);
  await expect(page.getByTestId("event-card").getByRole("heading", { level: 3 })).toHaveText(last.headline);
  expect(page.problems).toEqual([]);
});

test("publishers' URL parameters", async ({ page }) => {
  await openGraphic(page, "?plain=1&view=chart&theme=dark&lang=zh");
  await expect(page.getByRole("heading", { level: 1 })).toHaveCount(0);
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(page.getByRole("slider")).toBeVisible();
  await expect(page.getByRole("group", { name: "事件时间轴" })).toHaveCount(0);
  expect(page.problems).toEqual([]);

  await openGraphic(page, "?view=timeline");
  await expect(page.getByRole("slider")).toHaveCount(0);
  await expect(page.getByRole("group", { name: "Timeline of events" })).toBeVisible();
});

test("an invalid parameter is ignored with one warning", async ({ page }) => {
  await openGraphic(page, "?theme=purple");
  await expect(page.locator("html")).toHaveAttribute("data-theme", /^(light|dark)$/);
  expect(page.problems).toEqual(['warning: tariff-timeline: ignored theme="purple" (expected light, dark or auto)']);
});

test("with theme=auto the graphic follows the reader's system setting live", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await openGraphic(page);
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
  await page.emulateMedia({ colorScheme: "dark" });
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  // The chart is redrawn on the dark background.
  await expect.poll(() => page.locator(".chart svg").first().innerHTML()).toContain("#16181C");
  expect(page.problems).toEqual([]);
});
