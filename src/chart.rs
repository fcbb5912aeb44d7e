//! The tariff chart, drawn with plotters on any backend: live SVG in the browser, the
//! SVG download, and the build-time fallback all come from `tariff::draw`.

pub mod palette;
pub mod tariff;

pub use tariff::{draw, render_svg};
