//! The chart's section: its heading, the figure, its readout and the notes below it,
//! sharing one drawing.

use std::sync::Arc;

use leptos::prelude::*;

use super::chart_model::{ChartModel, prerendered_layouts};
use super::chart_notes::ChartNotes;
use super::graphic::Graphic;
use super::readout::Readout;
use super::tariff_chart::TariffChart;

#[component]
pub fn ChartSection() -> impl IntoView {
    let g = expect_context::<Graphic>();
    provide_context(ChartModel::new(g));
    // Laid out once for the pre-render's drawings and keys; nothing in the app.
    let prerendered: super::chart_model::Prerendered =
        if g.is_live() { Arc::default() } else { prerendered_layouts(g).into() };
    view! {
        <section class="chart" aria-labelledby="chart-heading">
            <h2 id="chart-heading">{g.lang.strings().chart_heading}</h2>
            <TariffChart prerendered=prerendered.clone() />
            // Below the chart, so that its changing height never moves the chart under the pointer.
            <Readout />
            <ChartNotes prerendered />
        </section>
    }
}
