//! The pure core of the graphic: data, dates, rates and everything derived from them.
//! No web, Leptos or plotters imports below this module, so all of it runs in `cargo test`.

pub mod catalogue;
pub mod chart_view;
pub mod compact;
pub mod dataset;
pub mod date;
pub mod deadlines;
pub mod embed;
pub mod gesture;
pub mod i18n;
pub mod lang;
pub mod late_texts;
#[cfg(not(target_arch = "wasm32"))]
pub mod load;
pub mod params;
pub mod rates;
pub mod scale;
pub mod sort;
pub mod state;
#[cfg(not(target_arch = "wasm32"))]
pub mod synthetic;
pub mod takeaways;
pub mod theme;
pub mod throttle;
pub mod ticks;
pub mod timeline;
pub mod translations;

use dataset::Dataset;

/// The dataset of `src/data/`, checked and compiled in by `build.rs`.
pub static DATASET: Dataset = include!(concat!(env!("OUT_DIR"), "/dataset.rs"));

/// The file of the dataset's Chinese texts, written next to the graphic by the build; the
/// WebAssembly's own copy of the dataset leaves them out (see `translations`).
pub const TRANSLATIONS_FILE: &str = include!(concat!(env!("OUT_DIR"), "/translations_file.rs"));

/// The files of the dataset's late texts, in English and in Chinese: the WebAssembly's own
/// copy of the dataset leaves them out (see `late_texts`).
pub const LATE_TEXTS_FILES: [&str; 2] = include!(concat!(env!("OUT_DIR"), "/late_texts_files.rs"));
