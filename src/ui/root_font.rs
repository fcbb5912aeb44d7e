//! The reader's root font size: the page sets text in `rem`, so layouts that measure
//! text in pixels scale it by this.

use wasm_bindgen::JsCast;

/// The root font size over the browsers' default of 16 px.
pub fn text_scale() -> f64 {
    // getComputedStyle through Reflect: its typed binding needs another web-sys feature.
    let window = gloo_utils::window();
    let style = js_sys::Reflect::get(&window, &"getComputedStyle".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .and_then(|f| f.call1(&window, &gloo_utils::document_element()).ok());
    let size = style.and_then(|st| js_sys::Reflect::get(&st, &"fontSize".into()).ok()).and_then(|v| v.as_string());
    // JavaScript's parseFloat reads "20px": Rust's float parser would add kilobytes of wasm.
    let px = size.map_or(16.0, |s| js_sys::parse_float(&s));
    if px.is_finite() && px > 0.0 { px / 16.0 } else { 1.0 }
}
