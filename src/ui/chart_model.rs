//! The live chart's drawing: its width, its layout (done again only when the size, theme
//! or filters change), the marks over it (pointing and selecting) and the drawing as SVG.
//! Apart from the chart's elements, so that the app can draw it in one task and build the
//! elements around it in the next.

use std::sync::Arc;

use leptos::prelude::*;

use super::graphic::Graphic;
use super::page::PRERENDER_WIDTHS;
use crate::chart::render_base_svg;
use crate::model::chart_view::{ChartInput, ChartView, Marks};

#[derive(Clone, Copy)]
pub struct ChartModel {
    /// The drawing's width in CSS pixels, as last measured; 0 before it is on the page.
    pub width: RwSignal<f64>,
    pub layout: Memo<ChartView>,
    pub marks: Memo<Marks>,
    /// The drawing without its marks; empty while it has no width.
    pub base_svg: Memo<String>,
}

impl ChartModel {
    pub fn new(g: Graphic) -> ChartModel {
        let width = RwSignal::new(g.page_width);
        // Laid out narrower by the reader's text scale and stretched to fit by the SVG's
        // viewBox: its text grows with the root font size like the page's, and still never
        // overlaps.
        let layout = Memo::new(move |_| {
            ChartView::layout(&ChartInput {
                as_of: g.as_of,
                theme: g.theme.get(),
                hidden: g.hidden.get(),
                ..ChartInput::new(&g.data, width.get() / g.text_scale, g.lang)
            })
        });
        let marks = Memo::new(move |_| {
            let selected = g.selected.get().and_then(|id| g.data.event(id)).map(|e| e.date);
            let cursor = g.state.with(|st| st.cursor);
            layout.with(|v| v.marks_for(&g.data, selected, cursor))
        });
        let base_svg = Memo::new(move |_| if width.get() > 0.0 { layout.with(render_base_svg) } else { String::new() });
        ChartModel { width, layout, marks, base_svg }
    }

    /// Lays out and draws the chart now rather than when its elements are built.
    pub fn prepare(self) {
        self.base_svg.with_untracked(|_| ());
        self.marks.with_untracked(|_| ());
    }
}

/// The pre-render's layouts of the chart, one per width it is drawn at (`PRERENDER_WIDTHS`).
pub type Prerendered = Arc<[(u32, ChartView)]>;

/// The chart's layout at each width the pre-render shows it at: the stylesheet shows the
/// one nearest the chart's width, which only the browser knows (the drawing, in the light
/// theme's colours, takes the reader's theme there too).
pub fn prerendered_layouts(g: Graphic) -> Vec<(u32, ChartView)> {
    let cursor = g.state.with_untracked(|st| st.cursor);
    PRERENDER_WIDTHS
        .into_iter()
        .map(|width| {
            let mut view = ChartView::layout(&ChartInput {
                as_of: g.as_of,
                hidden: g.hidden.get_untracked(),
                ..ChartInput::new(&g.data, f64::from(width), g.lang)
            });
            view.marks = view.marks_for(&g.data, None, cursor);
            (width, view)
        })
        .collect()
}
