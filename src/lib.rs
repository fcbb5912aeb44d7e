//! tariff-timeline: an interactive news graphic of the 2025–26 US–China tariff war.
//!
//! `model` is the pure core (data, rates, layout), `chart` draws the tariff chart with
//! plotters on any backend, and `ui` wires both to the page with Leptos (browser only).

pub mod chart;
pub mod model;
#[cfg(target_arch = "wasm32")]
pub mod ui;
