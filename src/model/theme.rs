//! The colour scheme a reader sees. A leaf: the URL options choose it, the chart's layout
//! carries it and the palette colours it.

/// Colour scheme of the drawing.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    #[default]
    Light,
    Dark,
}
