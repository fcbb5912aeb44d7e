// The tariff chart's readout, by pointer, touch and keyboard, and its link to the events.
import { test, expect, openGraphic, rateOn, rateSteps, isoFromReadable, dataset } from "./fixtures.mjs";

async function readout(page) {
  const date = isoFromReadable(await page.getByTestId("readout-date").textContent());
  const pct = async (id) => Number((await page.getByTestId(id).textContent()).replace("%", ""));
  return { date, us: await pct("readout-us"), china: await pct("readout-china") };
}

async function expectReadoutMatchesData(page) {
  const r = await readout(page);
  expect(r.us, `US rate on ${r.date}`).toBe(rateOn("us", r.date));
  expect(r.china, `China rate on ${r.date}`).toBe(rateOn("china", r.date));
  return r;
}

test("arrow keys walk the rates day by day and change by change", async ({ page }) => {
  await openGraphic(page);
  const chart = page.getByRole("slider", { name: /Tariff rates chart/ });
  await chart.focus();
  await page.keyboard.press("Home");
  expect(await readout(page)).toEqual({ date: "2025-01-20", us: 0, china: 0 });

  // Up moves to the next rate change: walk to 10 April 2025.
  for (let i = 0; i < 20 && (await readout(page)).date < "2025-04-10"; i++) await page.keyboard.press("ArrowUp");
  expect(await readout(page)).toEqual({ date: "2025-04-10", us: 145, china: 84 });
  await expect(chart).toHaveAttribute("aria-valuetext", "10 Apr 2025: US on China 145%, China on US 84%");

  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  expect(await readout(page)).toEqual({ date: "2025-04-12", us: 145, china: 125 });
  await page.keyboard.press("ArrowLeft");
  expect((await readout(page)).date).toBe("2025-04-11");
  await page.keyboard.press("ArrowDown");
  expect(await readout(page)).toEqual({ date: "2025-04-10", us: 145, china: 84 });

  await page.keyboard.press("End");
  const last = dataset().updated;
  expect(await readout(page)).toMatchObject({ date: last, us: rateOn("us", last), china: rateOn("china", last) });
  expect(page.problems).toEqual([]);
});

test("day by day within a rate step, the readout changes its words, not its parts", async ({ page }) => {
  // Scrubbing redraws only what changed: rows, legal bases and source links stay in place.
  const nextDay = (iso) => new Date(Date.parse(iso) + 86_400_000).toISOString().slice(0, 10);
  const changes = new Set(rateSteps().map((s) => s.date));
  await openGraphic(page);
  await page.getByRole("slider", { name: /Tariff rates chart/ }).focus();
  await page.keyboard.press("Home");
  // To a rate change the next day of which changes nothing.
  await page.keyboard.press("ArrowUp");
  for (let i = 0; i < 20 && changes.has(nextDay((await readout(page)).date)); i++) await page.keyboard.press("ArrowUp");
  let day = (await readout(page)).date;
  await expect(page.locator(".readout dl").getByRole("link")).not.toHaveCount(0);
  await page.evaluate(() => {
    // Elements added, removed or (re)written: each makes the browser style them again.
    window.readoutWrites = 0;
    new MutationObserver((records) => {
      for (const r of records) window.readoutWrites += r.type === "attributes" ? 1 : r.addedNodes.length + r.removedNodes.length;
    }).observe(document.querySelector(".readout dl"), { childList: true, attributes: true, subtree: true });
  });
  let moved = 0;
  while (moved < 3 && !changes.has(nextDay(day))) {
    await page.keyboard.press("ArrowRight");
    day = nextDay(day);
    await expect.poll(async () => (await readout(page)).date).toBe(day);
    moved++;
  }
  expect(moved).toBeGreaterThan(0);
  await expectReadoutMatchesData(page);
  expect(await page.evaluate(() => window.readoutWrites)).toBe(0);
});

test("Enter on a rate change opens the event behind it", async ({ page }) => {
  await openGraphic(page);
  await page.getByRole("slider", { name: /Tariff rates chart/ }).focus();
  await page.keyboard.press("Home");
  for (let i = 0; i < 20 && (await readout(page)).date < "2025-05-14"; i++) await page.keyboard.press("ArrowUp");
  await page.keyboard.press("Enter");
  const behind = rateSteps().filter((s) => s.date === "2025-05-14").map((s) => s.event);
  const card = page.getByTestId("event-card");
  await expect(card).toHaveCount(1);
  const id = (await card.getAttribute("id")).replace("card-", "");
  expect(behind).toContain(id);
  await expect(page).toHaveURL(new RegExp(`#event=${id}$`));
});

test("hovering anywhere on the chart reads the right rates", async ({ page }) => {
  await openGraphic(page);
  const box = await page.getByRole("slider", { name: /Tariff rates chart/ }).boundingBox();
  const seen = new Set();
  for (const f of [0.08, 0.15, 0.2, 0.3, 0.5, 0.7]) {
    await page.mouse.move(box.x + box.width * f, box.y + box.height / 2);
    seen.add((await expectReadoutMatchesData(page)).date);
  }
  expect(seen.size).toBe(6);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });

  /** Opens the graphic and brings the chart into view; returns its box. */
  async function phoneChart(page) {
    await openGraphic(page);
    const chart = page.getByRole("slider", { name: /Tariff rates chart/ });
    await chart.scrollIntoViewIfNeeded();
    return chart.boundingBox();
  }

  test("a tap moves the readout there", async ({ page }) => {
    const box = await phoneChart(page);
    await page.touchscreen.tap(box.x + box.width * 0.3, box.y + box.height / 2);
    const r = await expectReadoutMatchesData(page);
    expect(r.date < dataset().updated).toBe(true);
  });

  test("sliding a finger sideways along the chart moves the readout", async ({ page }) => {
    const box = await phoneChart(page);
    const cdp = await page.context().newCDPSession(page);
    const y = box.y + box.height / 2;
    await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [{ x: box.x + box.width * 0.8, y }] });
    const start = await expectReadoutMatchesData(page);
    for (let i = 1; i <= 10; i++) {
      const x = box.x + box.width * (0.8 - i * 0.05);
      await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: [{ x, y }] });
    }
    const during = await expectReadoutMatchesData(page);
    await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
    // The finger moved left: the readout followed it to an earlier day.
    expect(during.date < start.date).toBe(true);
  });
});

test("selecting an event moves the chart's readout to its date", async ({ page }) => {
  await page.setViewportSize({ width: 400, height: 800 });
  await openGraphic(page);
  await page.getByRole("button", { name: /^All \d+ events$/ }).click();
  await page.getByRole("region", { name: "Events" }).getByRole("button", { name: /Geneva/ }).first().click();
  const r = await expectReadoutMatchesData(page);
  expect(r.date).toBe("2025-05-10");
});

test("the chart downloads as the same SVG", async ({ page }) => {
  await openGraphic(page);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("group", { name: "Download the chart" }).getByRole("button", { name: "SVG" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("us-china-tariffs.svg");
  const { readFile } = await import("node:fs/promises");
  const svg = await readFile(await download.path(), "utf8");
  expect(svg.startsWith("<svg")).toBe(true);
  // Every text of the chart on the page is in the file.
  const texts = (await page.locator(".chart-svg svg text").allTextContents()).map((t) => t.trim());
  expect(texts).toContain(`US on China ${rateOn("us", dataset().updated)}%`);
  expect(texts).toContain("Geneva truce");
  for (const t of texts) expect(svg).toContain(t.replace(/&/g, "&amp;"));
});

test("the chart downloads as a PNG of twice its size, in the page's theme", async ({ page }) => {
  await openGraphic(page, "?theme=dark");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("group", { name: "Download the chart" }).getByRole("button", { name: "PNG" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("us-china-tariffs.png");
  const { readFile } = await import("node:fs/promises");
  const png = await readFile(await download.path());
  expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
  const size = [png.readUInt32BE(16), png.readUInt32BE(20)];
  const chart = await page.locator(".chart-svg svg").evaluate((svg) => [svg.width.baseVal.value, svg.height.baseVal.value]);
  expect(size).toEqual(chart.map((v) => Math.round(v) * 2));
  // Drawn, not blank, and dark like the page: the top-left pixel is the dark background.
  const pixel = await page.evaluate(async (bytes) => {
    const blob = new Blob([new Uint8Array(bytes)], { type: "image/png" });
    const bitmap = await createImageBitmap(blob);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext("2d");
    context.drawImage(bitmap, 0, 0);
    const all = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
    let distinct = new Set();
    for (let i = 0; i < all.length; i += 4 * 97) distinct.add(all[i] * 65536 + all[i + 1] * 256 + all[i + 2]);
    return { corner: [...all.slice(0, 3)], colours: distinct.size };
  }, [...png]);
  expect(Math.max(...pixel.corner)).toBeLessThan(80);
  expect(pixel.colours).toBeGreaterThan(4);
  expect(page.problems).toEqual([]);
});

test("a readout's source link that wraps takes its separator along, never leaves it alone on a line", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await openGraphic(page);
  const slider = page.getByRole("slider");
  const date = () => page.getByTestId("readout-date").textContent();
  // At phone widths, on every rate change's day (each with its own legal basis and source).
  for (const width of [320, 360, 390, 412]) {
    await page.setViewportSize({ width, height: 800 });
    await slider.focus();
    await page.keyboard.press("Home");
    let days = 0;
    for (let before = null; before !== (await date()); days++) {
      before = await date();
      const alone = await page.evaluate(() => {
        const found = [];
        for (const dd of document.querySelectorAll(".readout dd")) {
          // The visible characters in order, each with the top of its line.
          const chars = [];
          const walker = document.createTreeWalker(dd, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            for (let i = 0; i < node.data.length; i++) {
              if (/\s/.test(node.data[i])) continue;
              const range = document.createRange();
              range.setStart(node, i);
              range.setEnd(node, i + 1);
              chars.push([node.data[i], range.getClientRects()[0].top]);
            }
          }
          // A separator on the line of the word before it.
          chars.forEach(([c, top], i) => c === "·" && i > 0 && chars[i - 1][1] !== top && found.push(dd.textContent));
        }
        return found;
      });
      expect(alone, `${width} px, ${before}`).toEqual([]);
      await page.keyboard.press("ArrowUp");
    }
    expect(days).toBeGreaterThan(3);
  }
});
