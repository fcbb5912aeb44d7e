//! Mounts the graphic. All logic lives in the library.
#![cfg_attr(target_arch = "wasm32", no_main)]

#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(start)]
fn start() {
    tariff_timeline::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("tariff-timeline runs in the browser: build it with `trunk build` (see README.md).");
}
