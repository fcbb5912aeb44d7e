//! The tariff chart, drawn with plotters on any backend: the live SVG in the browser
//! (the chart, then its marks over it) and the SVG download are both drawn by `tariff`.

mod dashed;
pub mod palette;
mod svg;
pub mod tariff;

pub use tariff::{draw, draw_base, draw_marks, render_base_svg, render_marks_svg, render_svg};
