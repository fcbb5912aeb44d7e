//! tariff-timeline: an interactive news graphic of the 2025–26 US–China tariff war.
//!
//! `model` is the pure core (data, rates, layout), `chart` draws the tariff chart with
//! plotters on any backend, `ui` wires both to the page with Leptos (in the browser, and on the host to pre-render the page),
//! `export` writes the data downloads and `preview` the fallback images and link-preview
//! tags (both host only).

pub mod chart;
#[cfg(not(target_arch = "wasm32"))]
pub mod export;
pub mod model;
#[cfg(not(target_arch = "wasm32"))]
pub mod preview;
pub mod ui;
