// The explorable timeline: keyboard, pointer, deep links, filters, zoom and touch.
import { test, expect, openGraphic, events, dataset } from "./fixtures.mjs";

const timeline = (page) => page.getByRole("group", { name: "Timeline of events" });
const cardHeadline = (page) => page.getByTestId("event-card").getByRole("heading", { level: 3 });

test("a reader reaches every event, in order, by keyboard alone", async ({ page }) => {
  await openGraphic(page);
  // Tab from the top of the page into the timeline.
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(() => !!document.activeElement.closest(".track"))) break;
  }
  expect(await page.evaluate(() => !!document.activeElement.closest(".track"))).toBe(true);
  const all = events();
  await page.keyboard.press("Home");
  await expect(cardHeadline(page)).toHaveText(all[0].headline);
  for (const e of all.slice(1)) {
    await page.keyboard.press("ArrowRight");
    await expect(cardHeadline(page)).toHaveText(e.headline);
  }
  // Focus stays on the timeline and is visible.
  expect(await page.evaluate(() => document.activeElement.matches(".track button:focus-visible"))).toBe(true);
  await page.keyboard.press("ArrowRight");
  await expect(cardHeadline(page)).toHaveText(all[all.length - 1].headline);
  await page.keyboard.press("Home");
  await expect(cardHeadline(page)).toHaveText(all[0].headline);
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("event-card")).toHaveCount(0);
  expect(page.problems).toEqual([]);
});

test("shortcuts act only while focus is inside the timeline", async ({ page }) => {
  await openGraphic(page);
  await page.locator("body").click({ position: { x: 2, y: 2 } });
  await page.keyboard.press("End");
  await expect(page.getByTestId("event-card")).toHaveCount(0);
});

test("clicking a marker opens the right card and marks the chart", async ({ page }) => {
  await openGraphic(page);
  const marks = page.locator(".chart-marks svg polyline");
  await expect(marks).toHaveCount(0);
  await page.getByRole("button", { name: "2025", exact: true }).click();
  const e = events().find((x) => x.id === "stockholm-talks");
  const marker = timeline(page).getByRole("button", { name: e.headline });
  // Events close together share a numbered marker: clicking it zooms in until they part.
  for (let i = 0; i < 4 && !(await marker.count()); i++) {
    await timeline(page).getByRole("button", { name: /to 28 Jul 2025: zoom in/ }).click();
  }
  await marker.click();
  await expect(cardHeadline(page)).toHaveText(e.headline);
  await expect(page.getByTestId("readout-date")).toHaveText("28 Jul 2025");
  await expect(page.getByRole("slider", { name: /Tariff rates chart/ })).toHaveAttribute("aria-valuetext", /^28 Jul 2025:/);
  // The selection's line and the readout's are drawn over the chart.
  await expect(marks).toHaveCount(2);
  await expect(page).toHaveURL(/#event=stockholm-talks$/);
});

test("a shared link opens its event", async ({ page }) => {
  await openGraphic(page, "#event=geneva-talks");
  const e = events().find((x) => x.id === "geneva-talks");
  await expect(cardHeadline(page)).toHaveText(e.headline);
  await openGraphic(page, "?event=busan-summit");
  await expect(cardHeadline(page)).toHaveText(events().find((x) => x.id === "busan-summit").headline);
});

test("an unknown event id is ignored with one warning", async ({ page }) => {
  await openGraphic(page, "#event=no-such-event");
  await expect(page.getByTestId("event-card")).toHaveCount(0);
  expect(page.problems).toEqual(['warning: tariff-timeline: ignored unknown event id "no-such-event"']);
});

test("an event dated after asof is ignored with one warning that says so", async ({ page }) => {
  const { start } = dataset();
  const later = events().find((e) => e.date > start);
  await openGraphic(page, `?asof=${start}&event=${later.id}`);
  await expect(page.getByRole("region", { name: "Events" })).toBeVisible();
  await expect(page.getByTestId("event-card")).toHaveCount(0);
  expect(page.problems).toEqual([`warning: tariff-timeline: ignored event id "${later.id}" (dated after asof)`]);
});

test("filters hide and show events, with counts", async ({ page }) => {
  await page.setViewportSize({ width: 400, height: 800 });
  await openGraphic(page);
  await page.getByRole("button", { name: /^All \d+ events$/ }).click();
  const list = page.getByRole("region", { name: "Events" }).getByRole("listitem");
  const total = events().length;
  await expect(list).toHaveCount(total);
  const talks = page.getByRole("group", { name: "Show categories" }).getByRole("button", { name: /^Talks/ });
  const count = Number(await talks.locator(".count").textContent());
  expect(count).toBeGreaterThan(5);
  await talks.click();
  await expect(talks).toHaveAttribute("aria-pressed", "false");
  await expect(list).toHaveCount(total - count);
  await expect(page.getByRole("region", { name: "Events" }).getByRole("button", { name: /Geneva talks|Stockholm/ })).toHaveCount(0);
  await page.getByRole("button", { name: "Show all" }).click();
  await expect(list).toHaveCount(total);
});

test("zoom buttons change the span and every drag has a button", async ({ page }) => {
  await openGraphic(page);
  const ticks = () => timeline(page).locator(".tick").allTextContents();
  const all = await ticks();
  await page.getByRole("button", { name: "Zoom in", exact: true }).click();
  await expect.poll(ticks).not.toEqual(all);
  const zoomed = await ticks();
  await page.getByRole("button", { name: "Earlier" }).click();
  await expect.poll(ticks).not.toEqual(zoomed);
  await page.getByRole("button", { name: "All", exact: true }).click();
  await expect.poll(ticks).toEqual(all);
  // The keyboard zooms too, while focus is in the timeline.
  await timeline(page).getByRole("button").first().focus();
  await page.keyboard.press("+");
  await expect.poll(ticks).not.toEqual(all);
});

test("a mouse drag pans the zoomed timeline; moving without a press does not", async ({ page }) => {
  await openGraphic(page);
  await page.getByRole("button", { name: "2025", exact: true }).click();
  const track = timeline(page);
  const box = await track.boundingBox();
  const first = () => track.locator(".tick").first().textContent();
  const before = await first();
  const y = box.y + 20;
  await page.mouse.move(box.x + box.width * 0.8, y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(box.x + box.width * (0.8 - i * 0.04), y);
  await expect.poll(first).not.toBe(before);
  // The button is released outside the track, where the track hears nothing of it…
  await page.mouse.move(box.x + box.width * 0.4, box.y - 80);
  await page.mouse.up();
  const dragged = await first();
  // …so passing over the track again without pressing must not carry on the drag (which
  // moving right, towards earlier dates, would show: the drag ended at the latest ones).
  await page.mouse.move(box.x + box.width * 0.2, y, { steps: 4 });
  await page.mouse.move(box.x + box.width * 0.8, y, { steps: 8 });
  expect(await first()).toBe(dragged);
});

test.describe("on a touch screen", () => {
  test.use({ hasTouch: true, isMobile: true });

  /** A one-finger swipe from (x, y) by (dx, dy), as raw touch events, each one handled
   *  by the page before the next is sent. */
  async function swipe(page, x, y, dx, dy, steps = 12) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [{ x, y }] });
    for (let i = 1; i <= steps; i++) {
      const point = { x: x + (dx * i) / steps, y: y + (dy * i) / steps };
      await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: [point] });
    }
    await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
  }

  const scrollY = (page) => page.evaluate(() => window.scrollY);

  /** At 900 px, the timeline zoomed to 2025 and brought into view, with its box. */
  async function zoomedTrack(page) {
    await page.setViewportSize({ width: 900, height: 900 });
    await openGraphic(page);
    await page.getByRole("button", { name: "2025", exact: true }).click();
    const track = timeline(page);
    await track.scrollIntoViewIfNeeded();
    return { track, box: await track.boundingBox() };
  }

  test("at 375 px the events are a list, and a vertical swipe on it scrolls the page", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 700 });
    await openGraphic(page);
    await expect(timeline(page)).toHaveCount(0);
    const entry = page.locator(".event-list").getByRole("listitem").nth(3);
    await entry.scrollIntoViewIfNeeded();
    const box = await entry.boundingBox();
    const before = await scrollY(page);
    // Up if the page has room below, else down: either way the page must scroll.
    const room = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight - scrollY);
    await swipe(page, box.x + box.width / 2, box.y + box.height / 2, 0, room > 150 ? -300 : 300);
    await expect.poll(async () => Math.abs((await scrollY(page)) - before)).toBeGreaterThan(100);
  });

  test("at 900 px a sideways swipe pans the zoomed timeline", async ({ page }) => {
    const { track, box } = await zoomedTrack(page);
    const before = await track.locator(".tick").first().textContent();
    // The finger moves left: later dates come into view.
    await swipe(page, box.x + box.width * 0.7, box.y + box.height / 2, -300, 0);
    await expect(track.locator(".tick").first()).not.toHaveText(before);
  });

  test("at 900 px a vertical swipe on the timeline scrolls the page and leaves the span", async ({ page }) => {
    const { track, box } = await zoomedTrack(page);
    const ticks = await track.locator(".tick").allTextContents();
    const before = await scrollY(page);
    // The finger moves down: the page scrolls back up.
    await swipe(page, box.x + box.width * 0.5, box.y + 10, 0, 250);
    await expect.poll(() => scrollY(page)).toBeLessThan(before - 100);
    expect(await track.locator(".tick").allTextContents()).toEqual(ticks);
  });
});

test("on a narrow screen the list is walked with the arrow keys", async ({ page }) => {
  await page.setViewportSize({ width: 400, height: 800 });
  await openGraphic(page);
  const all = events();
  const list = page.getByRole("region", { name: "Events" });
  await list.getByRole("button", { name: all[0].headline }).focus();
  await page.keyboard.press("Home");
  await expect(list.getByRole("button", { name: all[0].headline })).toHaveAttribute("aria-expanded", "true");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  const third = list.getByRole("button", { name: all[2].headline });
  await expect(third).toHaveAttribute("aria-expanded", "true");
  await expect(third).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(third).toHaveAttribute("aria-expanded", "false");
  await expect(third).toBeFocused();
});
