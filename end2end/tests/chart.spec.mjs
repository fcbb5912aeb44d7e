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
  await page.getByRole("region", { name: "Events" }).getByRole("button", { name: /Geneva/ }).first().click();
  const r = await expectReadoutMatchesData(page);
  expect(r.date).toBe("2025-05-10");
});

test("the chart downloads as the same SVG", async ({ page }) => {
  await openGraphic(page);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download the chart (SVG)" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("us-china-tariffs.svg");
  const { readFile } = await import("node:fs/promises");
  const svg = await readFile(await download.path(), "utf8");
  expect(svg.startsWith("<svg")).toBe(true);
  expect(svg).toContain("US on China 10%");
  expect(svg).toContain("Geneva truce");
});
