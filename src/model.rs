//! The pure core of the graphic: data, dates, rates and everything derived from them.
//! No web, Leptos or plotters imports below this module, so all of it runs in `cargo test`.

pub mod chart_view;
pub mod dataset;
pub mod date;
pub mod deadlines;
pub mod i18n;
#[cfg(not(target_arch = "wasm32"))]
pub mod load;
pub mod params;
pub mod rates;
pub mod scale;
pub mod state;
#[cfg(not(target_arch = "wasm32"))]
pub mod synthetic;
pub mod takeaways;
pub mod ticks;
pub mod timeline;

use dataset::Dataset;

/// The dataset of `src/data/`, checked and compiled in by `build.rs`.
pub static DATASET: Dataset = include!(concat!(env!("OUT_DIR"), "/dataset.rs"));
