//! Below the chart's figure: its numbered notes, what the rates mean, the downloads, the
//! chart as text and the table of every rate step.

use leptos::prelude::*;

use super::browser;
use super::chart_model::{ChartModel, Prerendered};
use super::chart_png;
use super::graphic::Graphic;
use super::late_text;
use super::rate_table::RateTable;
use crate::chart::render_svg;
use crate::model::chart_view::ChartView;
use crate::model::i18n::Lang;
use crate::model::late_texts;
use crate::model::takeaways::chart_text_alternative;

#[component]
pub fn ChartNotes(
    /// The pre-render's layouts, one per width it is drawn at; none in the app.
    prerendered: Prerendered,
) -> impl IntoView {
    let g = expect_context::<Graphic>();
    let s = g.lang.strings();
    let ChartModel { layout, marks, .. } = expect_context::<ChartModel>();
    let live = g.is_live();
    // The chart as drawn now, marks included, and its size: what the downloads save.
    let drawing = move || {
        layout.with_untracked(|v| {
            let mut full = v.clone();
            full.marks = marks.get_untracked();
            (render_svg(&full), (v.width.round() as u32, v.height.round() as u32))
        })
    };
    let downloads = view! {
        <button
            type="button"
            class="download"
            on:click=move |_| {
                let (svg, _) = drawing();
                if browser::download(&svg, "us-china-tariffs.svg", "image/svg+xml").is_none() {
                    leptos::logging::warn!("tariff-timeline: the browser refused the download");
                }
            }
        >
            "SVG"
        </button>
        " "
        <button
            type="button"
            class="download"
            on:click=move |_| {
                let (svg, size) = drawing();
                wasm_bindgen_futures::spawn_local(async move {
                    if chart_png::download(&svg, size, "us-china-tariffs.png").await.is_none() {
                        leptos::logging::warn!("tariff-timeline: the browser refused the PNG download");
                    }
                });
            }
        >
            "PNG"
        </button>
    };
    view! {
        <div class="chart-notes">
            <p class="keys" id="chart-keys">{s.chart_keys}</p>
            {if live {
                view! { <ol class="chart-key" aria-label=s.chart_notes>{move || layout.with(|v| notes(v, g.lang))}</ol> }.into_any()
            } else {
                prerendered
                    .iter()
                    .map(|(width, v)| {
                        view! { <ol class="chart-key" data-width=*width aria-label=s.chart_notes>{notes(v, g.lang)}</ol> }
                    })
                    .collect_view()
                    .into_any()
            }}
            // Long, and dated per period: one tap away, so a phone reader is not asked to
            // scroll past it to reach the events.
            <details class="definitions">
                <summary>{s.what_rates}</summary>
                <p>{move || late_text::text(|| late_texts::definitions(&g.data.meta), g.lang)}</p>
            </details>
            <p class="chart-downloads" role="group" aria-labelledby="chart-downloads-label">
                <span id="chart-downloads-label">{s.download_chart}</span>
                {s.colon}
                {if live { downloads.into_any() } else { prebuilt_downloads().into_any() }}
            </p>
            <p id="chart-alt" class="visually-hidden">{chart_text_alternative(&g.data, g.lang)}</p>
            <RateTable />
        </div>
    }
}

/// Every note of the chart as text; those the drawing shows in full are for screen readers
/// only, the numbered ones are seen too.
fn notes(v: &ChartView, lang: Lang) -> impl IntoView + use<> {
    v.annotations
        .iter()
        .map(|a| {
            if a.label.text == a.full_text {
                view! { <li class="visually-hidden">{a.note(lang)}</li> }.into_any()
            } else {
                view! { <li>{a.key_text(lang)}</li> }.into_any()
            }
        })
        .collect_view()
}

/// Before the app runs, the build's drawings of the chart (see `examples/export_data.rs`).
fn prebuilt_downloads() -> impl IntoView {
    view! {
        <a class="download" href="fallback.svg" download="us-china-tariffs.svg">"SVG"</a>
        " "
        <a class="download" href="fallback.png" download="us-china-tariffs.png">"PNG"</a>
    }
}
