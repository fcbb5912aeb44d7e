//! The tariff chart: the plotters SVG, plus pointer and keyboard input that move the
//! readout and select the event behind a rate step.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::browser;
use super::chart_legend::ChartLegend;
use super::chart_png;
use super::focus;
use super::graphic::Graphic;
use super::late_text;
use super::page::PRERENDER_WIDTHS;
use super::rate_table::RateTable;
use super::readout::Readout;
use crate::chart::{render_base_svg, render_marks_svg, render_svg};
use crate::model::chart_view::{ChartInput, ChartView, readout};
use crate::model::date::Date;
use crate::model::i18n::Lang;
use crate::model::late_texts;
use crate::model::state::Msg;
use crate::model::takeaways::chart_text_alternative;

/// How near (in CSS pixels) a tap must be to a rate step to select its event.
const TAP_TOLERANCE_PX: f64 = 14.0;

#[component]
pub fn TariffChart() -> impl IntoView {
    let g = expect_context::<Graphic>();
    let s = g.lang.strings();
    let container = NodeRef::<leptos::html::Div>::new();
    let width = RwSignal::new(g.page_width);
    browser::watch_width(container, width);

    // The drawing is laid out and rendered again only when its size or the filters change;
    // pointing and selecting redraw just the marks over it.
    // Laid out narrower by the reader's text scale and stretched to fit by the SVG's
    // viewBox: its text grows with the root font size like the page's, and still never
    // overlaps.
    let text_scale = g.text_scale;
    let layout = Memo::new(move |_| {
        ChartView::layout(&ChartInput {
            as_of: g.as_of,
            theme: g.theme.get(),
            hidden: g.hidden.get(),
            ..ChartInput::new(&g.data, width.get() / text_scale, g.lang)
        })
    });
    let marks = Memo::new(move |_| {
        let selected = g.selected.get().and_then(|id| g.data.event(id)).map(|e| e.date);
        let cursor = g.state.with(|st| st.cursor);
        layout.with(|v| v.marks_for(&g.data, selected, cursor))
    });
    let drawn = move || width.get() > 0.0;
    let base_svg = move || if drawn() { layout.with(render_base_svg) } else { String::new() };
    let marks_svg = move || if drawn() { layout.with(|v| render_marks_svg(v, &marks.get())) } else { String::new() };

    // The day under a pointer, from the chart's own scale (the SVG may be scaled by CSS).
    let day_at = move |client_x: i32| -> Option<(Date, i32)> {
        let el: web_sys::Element = container.get_untracked()?.unchecked_into();
        let rect = el.get_bounding_client_rect();
        layout.with_untracked(|v| {
            let scale = if rect.width() > 0.0 { v.width / rect.width() } else { 1.0 };
            let x = (f64::from(client_x) - rect.left()) * scale;
            Some((v.date_at(x), v.days_across(TAP_TOLERANCE_PX)))
        })
    };
    // Opening an event from the chart brings its card, further down the page, into view.
    let pick = move |msg: Msg| {
        let before = g.selected.get_untracked();
        g.send(msg);
        if let Some(id) = g.selected.get_untracked().filter(|id| Some(*id) != before) {
            focus::reveal_card(id);
        }
    };
    // A mouse reads where it hovers; a finger or pen reads where it slides sideways.
    let on_move = move |ev: web_sys::PointerEvent| {
        if (ev.pointer_type() == "mouse" || ev.buttons() != 0)
            && let Some((day, _)) = day_at(ev.client_x())
        {
            g.send(Msg::Point(Some(day)));
        }
    };
    let on_down = move |ev: web_sys::PointerEvent| {
        if let Some((day, tolerance)) = day_at(ev.client_x()) {
            pick(Msg::PickNear { date: day, tolerance });
        }
    };
    let on_key = move |ev: web_sys::KeyboardEvent| {
        let msg = match (ev.key().as_str(), ev.shift_key()) {
            ("ArrowLeft", false) => Msg::MoveDays(-1),
            ("ArrowRight", false) => Msg::MoveDays(1),
            ("ArrowLeft", true) => Msg::MoveDays(-7),
            ("ArrowRight", true) => Msg::MoveDays(7),
            ("ArrowDown" | "PageDown", _) => Msg::MoveSteps(-1),
            ("ArrowUp" | "PageUp", _) => Msg::MoveSteps(1),
            ("Home", _) => Msg::MoveToEnd { last: false },
            ("End", _) => Msg::MoveToEnd { last: true },
            ("Enter" | " ", _) => Msg::PickAtCursor,
            _ => return,
        };
        ev.prevent_default();
        pick(msg);
    };

    let cursor_day = move || g.readout_day.get();
    let value_text = move || readout(&g.data, cursor_day()).describe(g.lang);
    // Every note of the chart as text; those the drawing shows in full are for screen
    // readers only, the numbered ones are seen too.
    let live_notes = move || layout.with(|v| notes(v, g.lang));
    let scheduled = move || layout.with(|v| v.future.is_some());
    // The chart as drawn now, marks included, and its size: what the downloads save.
    let drawing = move || {
        layout.with_untracked(|v| {
            let mut full = v.clone();
            full.marks = marks.get_untracked();
            (render_svg(&full), (v.width.round() as u32, v.height.round() as u32))
        })
    };
    let live = g.is_live();
    // Laid out once for the pre-render's drawings and keys; nothing in the app.
    let prerendered = if live { Vec::new() } else { prerendered_layouts(g) };
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
        <section class="chart" aria-labelledby="chart-heading">
            <h2 id="chart-heading">{s.chart_heading}</h2>
            <ChartLegend scheduled=Signal::derive(scheduled) />
            // Before the readout and the notes, the first places the abbreviation appears.
            <p class="keys">{s.ieepa}</p>
            // A slider once the app answers to keys; before, a picture described below.
            <div
                class="chart-canvas"
                node_ref=container
                tabindex=live.then_some("0")
                role=if live { "slider" } else { "img" }
                aria-label=s.chart_label
                aria-describedby="chart-alt"
                aria-valuemin=live.then_some(g.data.meta.start.0)
                aria-valuemax=live.then_some(g.data.meta.updated.0)
                aria-valuenow=move || live.then(|| cursor_day().0)
                aria-valuetext=move || live.then(value_text)
                on:pointermove=on_move
                on:pointerdown=on_down
                on:pointerleave=move |ev: web_sys::PointerEvent| {
                    if ev.pointer_type() == "mouse" {
                        g.send(Msg::Point(None));
                    }
                }
                on:keydown=on_key
            >
                {if live {
                    view! {
                        <div class="chart-svg" aria-hidden="true" inner_html=base_svg></div>
                        <div class="chart-marks" aria-hidden="true" inner_html=marks_svg></div>
                    }
                        .into_any()
                } else {
                    prerendered
                        .iter()
                        .map(|(width, v)| {
                            view! { <div class="chart-svg" data-width=*width aria-hidden="true" inner_html=render_svg(v)></div> }
                        })
                        .collect_view()
                        .into_any()
                }}
            </div>
            // Below the chart, so that its changing height never moves the chart under the pointer.
            <Readout />
            <p class="keys" id="chart-keys">{s.chart_keys}</p>
            {if live {
                view! { <ol class="chart-key" aria-label=s.chart_notes>{live_notes}</ol> }.into_any()
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
        </section>
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

/// The chart's layout at each width the pre-render shows it at: the stylesheet shows the
/// one nearest the chart's width, which only the browser knows (the drawing, in the light
/// theme's colours, takes the reader's theme there too).
fn prerendered_layouts(g: Graphic) -> Vec<(u32, ChartView)> {
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

/// Before the app runs, the build's drawings of the chart (see `examples/export_data.rs`).
fn prebuilt_downloads() -> impl IntoView {
    view! {
        <a class="download" href="fallback.svg" download="us-china-tariffs.svg">"SVG"</a>
        " "
        <a class="download" href="fallback.png" download="us-china-tariffs.png">"PNG"</a>
    }
}
