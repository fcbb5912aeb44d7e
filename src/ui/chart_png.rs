//! The chart as a PNG: the browser rasterises the same SVG the page shows through a
//! canvas, at twice its size for sharp print and slides. No image crate in the wasm.

use gloo_utils::document;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{CanvasRenderingContext2d, HtmlAnchorElement, HtmlCanvasElement, HtmlImageElement};

/// Pixels of the PNG per CSS pixel of the chart.
const SCALE: u32 = 2;

/// Offers the chart `svg` (`width` × `height` CSS pixels) as a PNG download named
/// `file_name`. None if the browser refused a step.
pub async fn download(svg: &str, (width, height): (u32, u32), file_name: &str) -> Option<()> {
    // A data URL, not a blob: the shipped Content-Security-Policy allows `img-src data:`.
    let image = HtmlImageElement::new().ok()?;
    image.set_src(&format!("data:image/svg+xml;charset=utf-8,{}", js_sys::encode_uri_component(svg)));
    JsFuture::from(image.decode()).await.ok()?;
    let canvas: HtmlCanvasElement = document().create_element("canvas").ok()?.dyn_into().ok()?;
    canvas.set_width(width * SCALE);
    canvas.set_height(height * SCALE);
    let context: CanvasRenderingContext2d = canvas.get_context("2d").ok()??.dyn_into().ok()?;
    let scale = f64::from(SCALE);
    context.scale(scale, scale).ok()?;
    context.draw_image_with_html_image_element(&image, 0.0, 0.0).ok()?;
    let link: HtmlAnchorElement = document().create_element("a").ok()?.dyn_into().ok()?;
    link.set_href(&canvas.to_data_url().ok()?);
    link.set_download(file_name);
    link.click();
    Some(())
}
