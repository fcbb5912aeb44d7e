// Forced colors (Windows High Contrast): every marker, cluster and category dot is drawn in
// a system colour, so none vanishes into the background, and shapes still tell categories
// apart; so is the chart, with its selection in the system's highlight. Screenshots, light
// and dark, are attached to the report for a look.
import { test, expect, openGraphic, rateSteps } from "./fixtures.mjs";

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

for (const scheme of ["light", "dark"]) {
  test(`in forced colors (${scheme}) the chart is drawn in the system's colours only`, async ({ page }, info) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.emulateMedia({ forcedColors: "active", colorScheme: scheme });
    // An event behind a rate step: the chart marks its day.
    await openGraphic(page, `#event=${rateSteps().find((s) => s.event).event}`);
    const found = await page.evaluate(() => {
      const system = {};
      for (const name of ["Canvas", "CanvasText", "GrayText", "Highlight"]) {
        const probe = document.body.appendChild(document.createElement("span"));
        probe.style.cssText = `forced-color-adjust: none; color: ${name}`;
        system[getComputedStyle(probe).color] = name;
        probe.remove();
      }
      const painted = [];
      for (const el of document.querySelectorAll(".chart svg *")) {
        const s = getComputedStyle(el);
        for (const [prop, value] of [["fill", s.fill], ["stroke", s.stroke]]) {
          if (value !== "none" && !(prop === "stroke" && s.strokeWidth === "0px")) painted.push([el.tagName, prop, value]);
        }
      }
      return { system, painted: painted.map(([tag, prop, value]) => [tag, prop, system[value] ?? value]) };
    });
    expect(Object.keys(found.system)).toHaveLength(4);
    expect(found.painted.length).toBeGreaterThan(20);
    const notSystem = found.painted.filter(([, , v]) => !["Canvas", "CanvasText", "GrayText", "Highlight"].includes(v));
    expect(notSystem).toEqual([]);
    // The selection stands out in the highlight colour.
    expect(found.painted.some(([, prop, v]) => prop === "stroke" && v === "Highlight")).toBe(true);
    await info.attach(`forced-colors-chart-${scheme}.png`, {
      body: await page.locator("section.chart").screenshot(),
      contentType: "image/png",
    });
  });
}
