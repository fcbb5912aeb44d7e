//! Draws a laid-out `ChartView`. Generic over the plotters backend; all positions come
//! from the view, so what is drawn is exactly what the layout tests checked.

use std::convert::Infallible;

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::dashed::{Dashed, Dashes};
use super::palette::Palette;
use super::svg::Svg;
use crate::model::chart_view::{AnnotationKind, ChartView, LABEL_PX, Marks, TICK_LABEL_DX, TICK_PX};
use crate::model::dataset::Series;

type DrawResult<DB> = Result<(), DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>>;

fn at(p: (f64, f64)) -> (i32, i32) {
    (p.0.round() as i32, p.1.round() as i32)
}

// The family by its variant, not by the name "sans-serif": plotters lowercases a name to
// parse it, which links Unicode's case tables (6.8 KB of the brotli'd WebAssembly).
fn font(px: f64, color: RGBColor, h: HPos, v: VPos) -> TextStyle<'static> {
    TextStyle {
        font: FontDesc::new(FontFamily::SansSerif, px, FontStyle::Normal),
        color: color.to_backend_color(),
        pos: Pos::new(h, v),
    }
}

/// Draws the chart with its marks on `root`, which must be `view.width` × `view.height`
/// pixels.
pub fn draw<DB: Dashes>(root: &DrawingArea<DB, Shift>, view: &ChartView) -> DrawResult<DB> {
    draw_base(root, view)?;
    draw_marks(root, view, &view.marks)
}

/// Draws everything but the marks.
pub fn draw_base<DB: Dashes>(root: &DrawingArea<DB, Shift>, view: &ChartView) -> DrawResult<DB> {
    let p = Palette::of(view.theme);
    let plot = view.plot;
    root.fill(&p.background)?;

    if let Some((x0, x1)) = view.future {
        root.draw(&Rectangle::new([at((x0, plot.y)), at((x1, plot.bottom()))], p.future.filled()))?;
    }
    for t in &view.y_ticks {
        root.draw(&PathElement::new(vec![at((plot.x, t.px)), at((plot.right(), t.px))], p.grid.stroke_width(1)))?;
        root.draw(&Text::new(
            t.label.clone(),
            at((plot.x - 6.0, t.px)),
            font(TICK_PX, p.muted, HPos::Right, VPos::Center),
        ))?;
    }
    for t in &view.x_ticks {
        root.draw(&PathElement::new(
            vec![at((t.px, plot.bottom())), at((t.px, plot.bottom() + 4.0))],
            p.muted.stroke_width(1),
        ))?;
        let style = font(TICK_PX, p.muted, HPos::Left, VPos::Top);
        root.draw(&Text::new(t.label.clone(), at((t.px + TICK_LABEL_DX, plot.bottom() + 5.0)), style.clone()))?;
        if let Some(sub) = &t.sub {
            root.draw(&Text::new(sub.clone(), at((t.px + TICK_LABEL_DX, plot.bottom() + 6.0 + TICK_PX)), style))?;
        }
    }
    root.draw(&PathElement::new(
        vec![at((plot.x, plot.bottom())), at((plot.right(), plot.bottom()))],
        p.muted.stroke_width(1),
    ))?;

    for a in &view.annotations {
        let from = (a.x, a.label.rect.bottom());
        let to = (a.x, a.y_end);
        match a.kind {
            AnnotationKind::Deadline | AnnotationKind::AsOf => {
                root.draw(&Dashed::new(vec![at(from), at(to)], 4, 3, p.muted.stroke_width(1)))?
            }
            AnnotationKind::Moment => root.draw(&PathElement::new(vec![at(from), at(to)], p.muted.stroke_width(1)))?,
        }
        let r = a.label.rect;
        root.draw(&Text::new(
            a.label.text.clone(),
            at((r.x + r.w / 2.0, r.y + r.h / 2.0)),
            font(LABEL_PX, p.text, HPos::Center, VPos::Center),
        ))?;
    }

    for line in &view.lines {
        let color = p.series(line.series);
        let path: Vec<_> = line.path.iter().map(|&q| at(q)).collect();
        match line.series {
            Series::Us => {
                root.draw(&PathElement::new(path, color.stroke_width(3)))?;
                for &m in &line.markers {
                    root.draw(&Circle::new(at(m), 4, color.filled()))?;
                }
            }
            Series::China => {
                root.draw(&Dashed::new(path, 8, 4, color.stroke_width(3)))?;
                for &(mx, my) in &line.markers {
                    root.draw(&Rectangle::new([at((mx - 4.0, my - 4.0)), at((mx + 4.0, my + 4.0))], color.filled()))?;
                }
            }
        }
        let r = line.label.rect;
        // The label's own background knocks out any dashed deadline line behind it.
        root.draw(&Rectangle::new([at((r.x - 2.0, r.y)), at((r.right() + 2.0, r.bottom()))], p.background.filled()))?;
        root.draw(&Text::new(
            line.label.text.clone(),
            at((r.x, r.y + r.h / 2.0)),
            font(LABEL_PX, color, HPos::Left, VPos::Center),
        ))?;
    }

    root.present()
}

/// Draws the selection line and the readout's crosshair, on a transparent `root`.
pub fn draw_marks<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    view: &ChartView,
    marks: &Marks,
) -> DrawResult<DB> {
    let p = Palette::of(view.theme);
    let plot = view.plot;
    if let Some(x) = marks.selected {
        root.draw(&PathElement::new(vec![at((x, plot.y)), at((x, plot.bottom()))], p.selected.stroke_width(2)))?;
    }

    if let Some((x, readout)) = marks.hover {
        root.draw(&PathElement::new(vec![at((x, plot.y)), at((x, plot.bottom()))], p.text.stroke_width(1)))?;
        for (series, rate) in [(Series::Us, readout.us), (Series::China, readout.china)] {
            let y = view.y.map(rate);
            root.draw(&Circle::new(at((x, y)), 6, p.series(series).stroke_width(2)))?;
        }
    }
    root.present()
}

/// The chart as an SVG document.
pub fn render_svg(view: &ChartView) -> String {
    svg_string(view, |root| draw(root, view))
}

fn svg_string(
    view: &ChartView,
    paint: impl for<'b> FnOnce(&DrawingArea<Svg<'b>, Shift>) -> Result<(), DrawingAreaErrorKind<Infallible>>,
) -> String {
    let mut svg = String::new();
    {
        let size = (view.width.round() as u32, view.height.round() as u32);
        let root = Svg::with_string(&mut svg, size).into_drawing_area();
        // Drawing into a String cannot fail: the error type has no values.
        let _ = paint(&root);
    }
    svg
}

/// The chart without its marks, as an SVG document.
pub fn render_base_svg(view: &ChartView) -> String {
    svg_string(view, |root| draw_base(root, view))
}

/// Only the marks, as a transparent SVG document the size of the chart.
pub fn render_marks_svg(view: &ChartView, marks: &Marks) -> String {
    svg_string(view, |root| draw_marks(root, view, marks))
}
