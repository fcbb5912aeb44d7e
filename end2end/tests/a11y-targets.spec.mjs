// Targets and text sizes (WCAG 2.5.8, 1.4.4): every timeline marker is a 24 × 24 px target
// clear of the others, no text is under 12 px, and text grows with the reader's font size.
import { test, expect, openGraphic } from "./fixtures.mjs";

for (const width of [1280, 1024]) {
  test(`every marker is a target of at least 24 × 24 px that overlaps no other at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await openGraphic(page);
    for (const zoom of ["All", "2025"]) {
      await page.getByRole("group", { name: "Time span" }).getByRole("button", { name: zoom, exact: true }).click();
      const boxes = await page
        .getByRole("group", { name: "Timeline of events" })
        .getByRole("button")
        .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON()));
      expect(boxes.length).toBeGreaterThan(10);
      for (const [i, a] of boxes.entries()) {
        expect(a.width, `${zoom}: marker ${i}`).toBeGreaterThanOrEqual(24);
        expect(a.height, `${zoom}: marker ${i}`).toBeGreaterThanOrEqual(24);
        for (const b of boxes.slice(i + 1)) {
          const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
          expect(apart, `${zoom}: marker ${i} overlaps another`).toBe(true);
        }
      }
    }
  });
}

test("no text is under 12 px, at 320 and 1280 px", async ({ page }) => {
  for (const width of [320, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await openGraphic(page, "#event=" + "inauguration");
    const small = await page.evaluate(() => {
      const found = [];
      const walker = document.createTreeWalker(document.getElementById("graphic"), NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement;
        if (!n.textContent.trim() || el.closest("svg, .visually-hidden")) continue;
        const size = parseFloat(getComputedStyle(el).fontSize);
        if (size < 12) found.push(`${size}px: ${n.textContent.trim().slice(0, 40)}`);
      }
      return found;
    });
    expect(small, `at ${width} px`).toEqual([]);
  }
});

test("text grows with the reader's root font size, the chart's and the timeline's too, and nothing overlaps", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openGraphic(page);
  const sizes = () =>
    page.evaluate(() =>
      [".subtitle", ".lane-name", ".marker-label", ".tick", ".count", ".keys"].map((sel) =>
        parseFloat(getComputedStyle(document.querySelector(sel)).fontSize),
      ),
    );
  // How much the chart's drawing is stretched: its shown width over its layout width.
  const chartScale = () =>
    page.locator(".chart-svg svg").evaluate((svg) => svg.getBoundingClientRect().width / svg.viewBox.baseVal.width);
  const normal = await sizes();
  expect(await chartScale()).toBeCloseTo(1, 2);

  // A reader whose default font is 20 px, not 16.
  await page.addInitScript(() => {
    document.addEventListener("DOMContentLoaded", () => (document.documentElement.style.fontSize = "20px"));
  });
  await page.reload();
  await expect(page.locator(".track .marker").first()).toBeVisible();
  const larger = await sizes();
  for (const [i, size] of normal.entries()) expect(larger[i]).toBeCloseTo((size * 20) / 16, 1);
  expect(await chartScale()).toBeCloseTo(1.25, 2);

  // The timeline measured its text at that size: no label runs into a marker, a label or a lane name.
  const boxes = await page.locator(".track .marker, .track .marker-label, .track .lane-name").evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { name: el.className + " " + el.textContent.slice(0, 20), l: r.left, r: r.right, t: r.top, b: r.bottom };
    }),
  );
  for (const [i, a] of boxes.entries())
    for (const b of boxes.slice(i + 1)) {
      const apart = a.r <= b.l + 0.5 || b.r <= a.l + 0.5 || a.b <= b.t + 0.5 || b.b <= a.t + 0.5;
      expect(apart, `${a.name} overlaps ${b.name}`).toBe(true);
    }
});
