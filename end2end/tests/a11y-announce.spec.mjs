// Every selection is announced once, politely, in the graphic's one live region: date,
// category and headline, whatever made it (timeline, chart, table, a tap, the host page).
import { test, expect, openGraphic, rateSteps, dataset } from "./fixtures.mjs";
import { announcement, dayEvents, eventById, liveRegion, selectedId } from "./a11y-helpers.mjs";
import { test as hostTest, graphicFrame } from "./embed-hosts.mjs";

const track = (page) => page.getByRole("group", { name: "Timeline of events" });
const chart = (page) => page.getByRole("slider", { name: /Tariff rates chart/ });

/** Waits for the announcement of the selected event; returns that event. */
async function expectAnnounced(page) {
  await expect.poll(() => selectedId(page)).not.toBeNull();
  const e = eventById(await selectedId(page));
  await expect(liveRegion(page)).toContainText(e.headline.en);
  if (dayEvents().includes(e)) await expect(liveRegion(page)).toHaveText(announcement(e));
  return e;
}

test("there is one live region, and the card is not one", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openGraphic(page, "#event=" + dayEvents()[3].id);
  await expect(page.locator('[aria-live], [role="status"], [role="alert"], [role="log"]')).toHaveCount(1);
  // A link's selection is on screen already: nothing is announced on arrival.
  await expect(liveRegion(page)).toHaveText("");
});

test("a marker on the timeline announces its event", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openGraphic(page);
  const marker = track(page).locator("button[data-event-id]").nth(2);
  await marker.click();
  await expect(liveRegion(page)).toHaveText(await marker.getAttribute("aria-label"));
  // Arrowing on announces each event in turn, also inside a cluster.
  for (let i = 0; i < 4; i++) {
    const before = await selectedId(page);
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => selectedId(page)).not.toBe(before);
    await expectAnnounced(page);
  }
});

test("a cluster holding the selection is named after it", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openGraphic(page);
  const cluster = track(page).getByRole("button", { name: /^\d+ events from / }).first();
  const n = Number((await cluster.getAttribute("aria-label")).split(" ")[0]);
  await cluster.focus();
  // Home selects the first event; step on until one inside a cluster is selected.
  await page.keyboard.press("Home");
  const holding = track(page).locator('.marker.cluster[aria-current="true"]');
  for (let i = 0; i < dataset().events.length && (await holding.count()) === 0; i++) await page.keyboard.press("ArrowRight");
  await expect(holding).toHaveCount(1);
  const e = await expectAnnounced(page);
  await expect(holding).toHaveAttribute("aria-label", new RegExp(`: ${escape(e.headline.en)}, \\d+ of \\d+ events$`));
  expect(n).toBeGreaterThan(1);
});

test("Enter on the chart announces the event and brings its card into view", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openGraphic(page);
  await chart(page).focus();
  await page.keyboard.press("End");
  await page.keyboard.press("Enter");
  const e = await expectAnnounced(page);
  const last = rateSteps().filter((s) => s.date <= e.date).pop();
  expect(last.event).toBe(e.id);
  await expect(page.getByTestId("event-card")).toBeInViewport();
  await expect(chart(page)).toBeFocused();
});

test("a button in the rate table announces its event", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openGraphic(page);
  await page.getByText("The rate steps as a table").click();
  const step = rateSteps()[2];
  await page.locator(".rate-table tbody tr").nth(2).getByRole("button").click();
  const e = await expectAnnounced(page);
  expect(e.id).toBe(step.event);
});

test.describe("on a touch screen", () => {
  test.use({ viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true });

  test("a tap on the chart announces the event and brings its card into view", async ({ page }) => {
    await openGraphic(page);
    await chart(page).scrollIntoViewIfNeeded();
    const box = await chart(page).boundingBox();
    const y = box.y + box.height / 2;
    // Two taps give the chart's scale, day number → x; any card they open is closed.
    const dayAt = async (x) => {
      await page.touchscreen.tap(x, y);
      const text = await page.getByTestId("readout-date").textContent();
      return Date.parse(text + " UTC") / 864e5;
    };
    const [x0, x1] = [box.x + box.width * 0.3, box.x + box.width * 0.7];
    const [d0, d1] = [await dayAt(x0), await dayAt(x1)];
    const close = page.getByTestId("event-card").getByRole("button", { name: "Close" });
    if (await close.count()) await close.click();
    await expect(liveRegion(page)).toHaveText("");
    await chart(page).scrollIntoViewIfNeeded();
    const step = rateSteps()[Math.floor(rateSteps().length / 2)];
    const x = x0 + ((Date.parse(step.date) / 864e5 - d0) * (x1 - x0)) / (d1 - d0);
    await page.touchscreen.tap(x, (await chart(page).boundingBox()).y + box.height / 2);
    const e = await expectAnnounced(page);
    expect(rateSteps().some((s) => s.event === e.id)).toBe(true);
    await expect(page.locator(`#card-${e.id}`)).toBeInViewport();
  });
});

hostTest("a select message from the host page announces its event", async ({ page, hosts }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(hosts + "raw.html?childId=a");
  const { frame } = await graphicFrame(page);
  const e = dayEvents()[5];
  await page.evaluate(
    (id) =>
      document
        .querySelector("iframe")
        .contentWindow.postMessage({ source: "tariff-timeline-host", version: 1, type: "select", id }, "*"),
    e.id,
  );
  await expect(frame.getByRole("status")).toHaveText(announcement(e));
});

/** `text` as a literal inside a regular expression. */
function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
