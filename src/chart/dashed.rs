//! Dashed lines drawn as one path each. plotters' own `DashedPathElement` cuts a line into
//! a path per dash: a hundred and more SVG elements for one dashed series.

use plotters::element::{Drawable, PointCollection};
use plotters::style::ShapeStyle;
use plotters_backend::{BackendCoord, BackendStyle, DrawingBackend, DrawingErrorKind};

/// A backend that strokes a dashed path itself (SVG: a dash pattern on one element).
pub trait Dashes: DrawingBackend {
    /// Strokes `path` in dashes `dash` pixels long with `gap` pixels between them.
    fn draw_dashed_path<S: BackendStyle>(
        &mut self,
        path: &[BackendCoord],
        dash: u32,
        gap: u32,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>>;
}

/// A dashed line through `points`, for any backend that `Dashes`.
pub struct Dashed {
    points: Vec<BackendCoord>,
    dash: u32,
    gap: u32,
    style: ShapeStyle,
}

impl Dashed {
    pub fn new(points: Vec<BackendCoord>, dash: u32, gap: u32, style: ShapeStyle) -> Self {
        Dashed { points, dash, gap, style }
    }
}

impl<'a> PointCollection<'a, BackendCoord> for &'a Dashed {
    type Point = &'a BackendCoord;
    type IntoIter = &'a [BackendCoord];
    fn point_iter(self) -> Self::IntoIter {
        &self.points
    }
}

impl<DB: Dashes> Drawable<DB> for Dashed {
    fn draw<I: Iterator<Item = BackendCoord>>(
        &self,
        points: I,
        backend: &mut DB,
        _: (u32, u32),
    ) -> Result<(), DrawingErrorKind<DB::ErrorType>> {
        let path: Vec<BackendCoord> = points.collect();
        backend.draw_dashed_path(&path, self.dash, self.gap, &self.style)
    }
}
