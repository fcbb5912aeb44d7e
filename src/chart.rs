//! The tariff chart, drawn with plotters on any backend: live SVG in the browser, the
//! SVG download, and the build-time fallback all come from `tariff::draw`.

pub mod palette;
pub mod tariff;

pub use tariff::{draw, draw_base, draw_marks, render_base_svg, render_marks_svg, render_svg};
