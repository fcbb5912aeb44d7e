//! Mounts the graphic. All logic lives in the library.

#[cfg(target_arch = "wasm32")]
fn main() {
    tariff_timeline::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("tariff-timeline runs in the browser: build it with `trunk build` (see README.md).");
}
