// What stands for the graphic where it cannot run: the fallback images the build draws,
// the link-preview tags of the page and its oEmbed document.
import { test, expect, dataset } from "./fixtures.mjs";

const IMAGES = [
  ["fallback.png", 1200, 675],
  ["fallback-zh.png", 1200, 675],
  ["social-square.png", 1080, 1080],
];

test("the fallback images decode at their stated sizes", async ({ page }) => {
  await page.goto("");
  for (const [file, width, height] of IMAGES) {
    const size = await page.evaluate(async (src) => {
      const img = new Image();
      img.src = src;
      await img.decode();
      return [img.naturalWidth, img.naturalHeight];
    }, file);
    expect(size, file).toEqual([width, height]);
  }
});

test("the fallback SVGs parse and carry the title and the chart", async ({ page, request }) => {
  await page.goto("");
  for (const [file, lang] of [["fallback.svg", "en"], ["fallback-zh.svg", "zh"]]) {
    const response = await request.get(file);
    expect(response.ok(), file).toBe(true);
    const text = await response.text();
    const parsed = await page.evaluate((svg) => {
      const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
      const root = doc.documentElement;
      return {
        error: doc.getElementsByTagName("parsererror").length > 0,
        size: [root.getAttribute("width"), root.getAttribute("height")],
        texts: [...doc.querySelectorAll("text")].map((t) => t.textContent),
        charts: doc.querySelectorAll("svg svg").length,
      };
    }, text);
    expect(parsed.error, file).toBe(false);
    expect(parsed.size).toEqual(["1200", "675"]);
    expect(parsed.texts).toContain(dataset().title[lang]);
    expect(parsed.charts, "the chart is nested in the image").toBe(1);
  }
});

test("a shared link finds a title, a description and an image that exists", async ({ page, request }) => {
  await page.goto("");
  const meta = (selector) => page.locator(selector).getAttribute("content");
  expect(await meta('meta[property="og:title"]')).toBe(dataset().title.en);
  expect((await meta('meta[name="description"]')).length).toBeGreaterThan(40);
  expect(await meta('meta[name="twitter:card"]')).toBe("summary_large_image");
  const image = await page.evaluate((src) => new URL(src, location.href).href, await meta('meta[property="og:image"]'));
  const response = await request.get(image);
  expect(response.ok(), image).toBe(true);
  expect(response.headers()["content-type"]).toBe("image/png");
  expect([await meta('meta[property="og:image:width"]'), await meta('meta[property="og:image:height"]')]).toEqual([
    "1200",
    "675",
  ]);
});

test("oEmbed consumers discover an embeddable iframe", async ({ page, request }) => {
  await page.goto("");
  const href = await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute("href");
  const response = await request.get(await page.evaluate((h) => new URL(h, location.href).href, href));
  expect(response.ok()).toBe(true);
  const doc = await response.json();
  expect(doc).toMatchObject({ version: "1.0", type: "rich", title: dataset().title.en });
  expect(doc.html).toMatch(/^<iframe [^>]*data-tariff-timeline/);
  expect(doc.width).toBeGreaterThan(0);
  expect(doc.height).toBeGreaterThan(0);
});
