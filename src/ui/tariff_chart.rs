//! The tariff chart's figure: its legend and the plotters SVG, with pointer and keyboard
//! input that move the readout and select the event behind a rate step.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::browser;
use super::chart_legend::ChartLegend;
use super::chart_model::{ChartModel, Prerendered};
use super::focus;
use super::graphic::Graphic;
use crate::chart::{render_marks_svg, render_svg};
use crate::model::chart_view::readout;
use crate::model::date::Date;
use crate::model::state::Msg;

/// How near (in CSS pixels) a tap must be to a rate step to select its event.
const TAP_TOLERANCE_PX: f64 = 14.0;

#[component]
pub fn TariffChart(
    /// The pre-render's layouts, one per width it is drawn at; none in the app.
    prerendered: Prerendered,
) -> impl IntoView {
    let g = expect_context::<Graphic>();
    let s = g.lang.strings();
    let container = NodeRef::<leptos::html::Div>::new();
    let ChartModel { width, layout, marks, base_svg } = expect_context::<ChartModel>();
    browser::watch_width(container, width);

    // The drawing is laid out and rendered again only when its size or the filters change;
    // pointing and selecting redraw just the marks over it.
    let marks_svg = move || {
        if width.get() > 0.0 { layout.with(|v| render_marks_svg(v, &marks.get())) } else { String::new() }
    };

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
    let scheduled = move || layout.with(|v| v.future.is_some());
    let live = g.is_live();
    view! {
        <div class="chart-figure">
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
                        <div class="chart-svg" aria-hidden="true" inner_html=move || base_svg.get()></div>
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
        </div>
    }
}
