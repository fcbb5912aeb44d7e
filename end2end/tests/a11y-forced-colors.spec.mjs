// Forced colors (Windows High Contrast): every marker, cluster and category dot is drawn in
// a system colour, so none vanishes into the background, and shapes still tell categories
// apart. Screenshots, light and dark, are attached to the report for a look.
import { test, expect, openGraphic } from "./fixtures.mjs";

for (const scheme of ["light", "dark"]) {
  test(`in forced colors (${scheme}) every marker and dot shows against the page`, async ({ page }, info) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.emulateMedia({ forcedColors: "active", colorScheme: scheme });
    await openGraphic(page, "#event=geneva-talks");
    const found = await page.evaluate(() => {
      const canvas = getComputedStyle(document.body).backgroundColor;
      const shapes = [...document.querySelectorAll(".track .marker:not(.cluster)")].map((el) => {
        // The shape is drawn by the marker's ::before, or else by the marker itself.
        const before = getComputedStyle(el, "::before");
        const s = before.content !== "none" ? before : getComputedStyle(el);
        return { fill: s.backgroundColor, shape: s.clipPath, w: parseFloat(s.width) };
      });
      const clusters = [...document.querySelectorAll(".track .marker.cluster")].map((el) => getComputedStyle(el).borderTopColor);
      const dots = [...document.querySelectorAll(".cat-dot")].map((el) => getComputedStyle(el).backgroundColor);
      return { canvas, shapes, clusters, dots };
    });
    expect(found.shapes.length).toBeGreaterThan(10);
    for (const s of found.shapes) {
      expect(s.fill).not.toBe(found.canvas);
      expect(s.fill).not.toBe("rgba(0, 0, 0, 0)");
      expect(s.w).toBeGreaterThanOrEqual(16);
    }
    // Seven categories, seven shapes (the selected marker is a plain square).
    expect(new Set(found.shapes.map((s) => s.shape)).size).toBeGreaterThanOrEqual(6);
    for (const c of found.clusters) expect(c).not.toBe(found.canvas);
    expect(found.dots.length).toBeGreaterThan(7);
    for (const d of found.dots) expect([found.canvas, "rgba(0, 0, 0, 0)"]).not.toContain(d);
    await info.attach(`forced-colors-${scheme}.png`, { body: await page.screenshot({ fullPage: true }), contentType: "image/png" });
  });
}
