// Focus never falls back to <body>: the eight paths where an action removed or disabled
// the focused control now leave focus on the next logical control.
import { test, expect, openGraphic } from "./fixtures.mjs";
import { expectFocusKept, focusedName, selectedId } from "./a11y-helpers.mjs";

const events = (page) => page.getByRole("region", { name: "Events" });
const controls = (page) => events(page).getByRole("group", { name: "Time span" });
const track = (page) => page.getByRole("group", { name: "Timeline of events" });

async function wide(page) {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openGraphic(page);
}

async function narrow(page) {
  await page.setViewportSize({ width: 375, height: 800 });
  await openGraphic(page);
}

/** Presses Enter on `button` until it says it is disabled; focus must stay on it. */
async function pressUntilDisabled(page, button) {
  await button.focus();
  for (let i = 0; i < 10 && (await button.getAttribute("aria-disabled")) !== "true"; i++) {
    await page.keyboard.press("Enter");
  }
  await expect(button).toHaveAttribute("aria-disabled", "true");
  await expect(button).toBeFocused();
  await expectFocusKept(page);
}

test("“Show all” keeps focus once every category is shown", async ({ page }) => {
  await wide(page);
  const filters = events(page).getByRole("group", { name: "Show categories" });
  await filters.getByRole("button", { name: /^Tariff \d+ events$/ }).click();
  await pressUntilDisabled(page, filters.getByRole("button", { name: "Show all" }));
});

test("“Zoom out” keeps focus at the full range", async ({ page }) => {
  await wide(page);
  await controls(page).getByRole("button", { name: "2025", exact: true }).click();
  await pressUntilDisabled(page, controls(page).getByRole("button", { name: "Zoom out" }));
});

test("“Later →” keeps focus at the end", async ({ page }) => {
  await wide(page);
  await controls(page).getByRole("button", { name: "2025", exact: true }).click();
  await pressUntilDisabled(page, controls(page).getByRole("button", { name: "Later →" }));
});

test("“← Earlier” keeps focus at the start", async ({ page }) => {
  await wide(page);
  await controls(page).getByRole("button", { name: "2025", exact: true }).click();
  await controls(page).getByRole("button", { name: "Zoom in" }).click();
  await pressUntilDisabled(page, controls(page).getByRole("button", { name: "← Earlier" }));
});

test("Enter on a cluster zooms in and focuses a marker of the new view", async ({ page }) => {
  await wide(page);
  const cluster = track(page).getByRole("button", { name: /^\d+ events from .*: zoom in$/ }).first();
  const before = await cluster.getAttribute("aria-label");
  await cluster.focus();
  await page.keyboard.press("Enter");
  await expect(track(page).getByRole("button", { name: before })).toHaveCount(0);
  await expectFocusKept(page);
  await expect(track(page).locator(":focus")).toHaveCount(1);
});

test("+ and − on a marker with nothing selected keep focus on the timeline", async ({ page }) => {
  await wide(page);
  await track(page).locator('.marker[tabindex="0"]').focus();
  for (const key of ["+", "+", "-"]) {
    await page.keyboard.press(key);
    await expectFocusKept(page);
    await expect(track(page).locator(":focus")).toHaveCount(1);
  }
  expect(await selectedId(page)).toBeNull();
});

test("the card's Close returns focus to the marker that opened it (1280 px)", async ({ page }) => {
  await wide(page);
  const marker = track(page).locator("button[data-event-id]").first();
  const name = await marker.getAttribute("aria-label");
  await marker.focus();
  await page.keyboard.press("Enter");
  const close = page.getByTestId("event-card").getByRole("button", { name: "Close" });
  await close.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("event-card")).toHaveCount(0);
  await expectFocusKept(page);
  expect(await focusedName(page)).toBe(name);
});

test("the card's Close returns focus to the list entry that opened it (375 px)", async ({ page }) => {
  await narrow(page);
  await events(page).getByRole("button", { name: /^All \d+ events$/ }).click();
  const entry = events(page).locator(".event-head").nth(2);
  await entry.click();
  const close = page.getByTestId("event-card").getByRole("button", { name: "Close" });
  await close.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("event-card")).toHaveCount(0);
  await expectFocusKept(page);
  await expect(entry).toBeFocused();
});

test("“Next event →” in the narrow list moves focus to the same button on the next card", async ({ page }) => {
  await narrow(page);
  await events(page).getByRole("button", { name: /^All \d+ events$/ }).click();
  await events(page).locator(".event-head").first().click();
  const first = await selectedId(page);
  await page.getByTestId("event-card").getByRole("button", { name: "Next event →" }).focus();
  await page.keyboard.press("Enter");
  await expect.poll(() => selectedId(page)).not.toBe(first);
  await expectFocusKept(page);
  expect(await focusedName(page)).toBe("Next event →");
  await expect(page.locator(`#card-${await selectedId(page)}`).getByRole("button", { name: "Next event →" })).toBeFocused();
});

test("Escape in the card closes it and returns focus to its opener", async ({ page }) => {
  await wide(page);
  const marker = track(page).locator("button[data-event-id]").nth(1);
  await marker.click();
  await page.getByTestId("event-card").getByRole("button", { name: "Next event →" }).focus();
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("event-card")).toHaveCount(0);
  await expectFocusKept(page);
});

test("zoom keys act only on the timeline, not elsewhere in the events section", async ({ page }) => {
  await wide(page);
  await controls(page).getByRole("button", { name: "All", exact: true }).focus();
  await page.keyboard.press("+");
  await expect(controls(page).getByRole("button", { name: "Zoom out" })).toHaveAttribute("aria-disabled", "true");
  await track(page).locator('.marker[tabindex="0"]').focus();
  await page.keyboard.press("+");
  await expect(controls(page).getByRole("button", { name: "Zoom out" })).toHaveAttribute("aria-disabled", "false");
});

test("at the last event, “Next event →” says it is disabled and keeps focus", async ({ page }) => {
  await wide(page);
  const marker = track(page).locator('.marker[tabindex="0"]');
  await marker.focus();
  await page.keyboard.press("End");
  const next = page.getByTestId("event-card").getByRole("button", { name: "Next event →" });
  await expect(next).toHaveAttribute("aria-disabled", "true");
  await expect(page.getByTestId("event-card").getByRole("button", { name: "← Previous event" })).toHaveAttribute("aria-disabled", "false");
  const last = await selectedId(page);
  await next.focus();
  await page.keyboard.press("Enter");
  await expect(next).toBeFocused();
  expect(await selectedId(page)).toBe(last);
});
