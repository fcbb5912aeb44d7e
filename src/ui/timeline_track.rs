//! The horizontal timeline: lanes of markers laid out by `model::timeline`. Drag or swipe
//! sideways to pan, pinch or ctrl+wheel to zoom; vertical swipes still scroll the page.

use leptos::prelude::*;

use super::app::Graphic;
use super::event_card::event_date;
use crate::model::i18n::{fill, format_date, px};
use crate::model::state::{Msg, Zoom};
use crate::model::timeline::{Item, LANE_H, MARKER, TimelineView};

/// Pixels a pointer must move before a press becomes a drag (and not a click).
const DRAG_START_PX: f64 = 6.0;

/// An ongoing drag or pinch.
#[derive(Default)]
struct Gesture {
    /// Active pointers (id, last x): one drags, two pinch.
    pointers: Vec<(i32, f64)>,
    /// Pixels moved since the press.
    travel: f64,
    /// Fraction of a day carried between pan steps.
    carry: f64,
    /// Distance between two pinching fingers at the last zoom step.
    pinch: Option<f64>,
    /// A drag just ended: the click that follows is not a selection.
    swallow_click: bool,
}

#[component]
pub fn TimelineTrack(
    /// Width of the section, in CSS pixels.
    width: RwSignal<f64>,
) -> impl IntoView {
    let g = expect_context::<Graphic>();
    let (lang, s) = (g.lang, g.lang.strings());
    let layout = Memo::new(move |_| {
        let st = crate::model::state::State { hidden: g.hidden.get(), span: g.span.get(), ..Default::default() };
        TimelineView::layout(&g.data, &st, width.get(), lang)
    });
    let gesture = StoredValue::new_local(Gesture::default());
    let track = NodeRef::<leptos::html::Div>::new();
    // The day under a pointer's client x.
    let day_at = move |client_x: f64| {
        let left = track.get_untracked().map_or(0.0, |el| el.get_bounding_client_rect().left());
        layout.with_untracked(|v| crate::model::date::Date(v.x.invert(client_x - left).round() as i32))
    };
    // Looked up once per selection, not once per marker.
    let selected_event = Memo::new(move |_| g.selected.get().and_then(|id| g.data.event(id)));
    // The one marker in the tab order: the one holding the selection, else the first.
    let tab_stop = Memo::new(move |_| {
        let selected = selected_event.get();
        layout.with(|v| {
            let holding = selected.and_then(|e| v.items.iter().find(|i| i.holds(e)));
            holding.or(v.items.first()).map(|i| (i.first.id, i.count))
        })
    });
    let density = move || layout.with_untracked(|v| v.x.density().max(1e-6));

    let on_down = move |ev: web_sys::PointerEvent| {
        gesture.update_value(|gs| {
            gs.pointers.retain(|(id, _)| *id != ev.pointer_id());
            gs.pointers.push((ev.pointer_id(), f64::from(ev.client_x())));
            gs.travel = 0.0;
            gs.pinch = None;
        });
    };
    let on_move = move |ev: web_sys::PointerEvent| {
        let x = f64::from(ev.client_x());
        let mut msg = None;
        gesture.update_value(|gs| {
            // A press that ended outside the track left no pointerup here: forget it.
            if ev.buttons() == 0 {
                gs.pointers.retain(|(id, _)| *id != ev.pointer_id());
                return;
            }
            let Some(slot) = gs.pointers.iter_mut().find(|(id, _)| *id == ev.pointer_id()) else { return };
            let last = std::mem::replace(&mut slot.1, x);
            if let [(_, a), (_, b)] = gs.pointers[..] {
                let dist = (a - b).abs().max(1.0);
                let mid = (a + b) / 2.0;
                match gs.pinch {
                    Some(prev) if (dist / prev - 1.0).abs() > 0.08 => {
                        let percent = (prev / dist * 100.0).round() as i32;
                        msg = Some(Msg::Zoom(Zoom::By { percent, anchor: day_at(mid) }));
                        gs.pinch = Some(dist);
                    }
                    None => gs.pinch = Some(dist),
                    _ => {}
                }
                return;
            }
            gs.travel += (x - last).abs();
            if gs.travel >= DRAG_START_PX {
                let days = -(x - last) / density() + gs.carry;
                let whole = days.trunc();
                gs.carry = days - whole;
                if whole != 0.0 {
                    msg = Some(Msg::Pan(whole as i32));
                }
            }
        });
        if let Some(m) = msg {
            g.send(m);
        }
    };
    let on_up = move |ev: web_sys::PointerEvent| {
        gesture.update_value(|gs| {
            gs.pointers.retain(|(id, _)| *id != ev.pointer_id());
            if gs.travel >= DRAG_START_PX {
                gs.swallow_click = true;
            }
            gs.carry = 0.0;
        });
    };
    // Sideways wheel pans; pinch on a trackpad (ctrl+wheel) zooms; plain wheel scrolls the page.
    let on_wheel = move |ev: web_sys::WheelEvent| {
        let (dx, dy) = (ev.delta_x(), ev.delta_y());
        let msg = if ev.ctrl_key() {
            let percent = (100.0 * (dy / 300.0).exp()).round() as i32;
            Some(Msg::Zoom(Zoom::By { percent, anchor: day_at(f64::from(ev.client_x())) }))
        } else if dx.abs() > dy.abs() {
            Some(Msg::Pan((dx / density()).round() as i32))
        } else {
            None
        };
        if let Some(m) = msg {
            ev.prevent_default();
            g.send(m);
        }
    };
    let clicked = move || gesture.try_update_value(|gs| std::mem::take(&mut gs.swallow_click)).unwrap_or(false);

    let marker = move |item: Item| {
        let event = item.first;
        let (lane, count, span, x) = (item.lane, item.count, item.span, item.x);
        let category = event.category;
        let probe = item.clone();
        let holds_selected = move || selected_event.get().is_some_and(|e| probe.holds(e));
        let label = if count == 1 {
            let (date, headline) = (event_date(event, lang), event.headline.get(lang));
            format!("{date}{}{}{}{headline}", s.comma, s.category(category), s.colon)
        } else {
            fill(
                s.cluster_label,
                &[
                    ("{n}", count.to_string()),
                    ("{from}", format_date(span.start, lang)),
                    ("{to}", format_date(span.end, lang)),
                ],
            )
        };
        let on_click = move |_| {
            if clicked() {
                return;
            }
            if count == 1 {
                g.send(Msg::Select(Some(event.id)));
            } else {
                let pad = (span.days() / 4).max(3);
                let to = crate::model::state::Span { start: span.start.add_days(-pad), end: span.end.add_days(pad) };
                g.send(Msg::Zoom(Zoom::To(to)));
            }
        };
        let top = lane as f64 * LANE_H + (LANE_H - MARKER) / 2.0;
        let text = item.label.clone();
        view! {
            <button
                type="button"
                class=format!("marker cat-{}{}", category.key(), if count > 1 { " cluster" } else { "" })
                style=format!("left:{};top:{}", px(x - MARKER / 2.0), px(top))
                data-event-id=(count == 1).then_some(event.id)
                aria-label=label
                aria-current=move || holds_selected().then_some("true")
                tabindex=move || if tab_stop.get() == Some((event.id, count)) { "0" } else { "-1" }
                on:click=on_click
            >
                {(count > 1).then(|| count.to_string())}
            </button>
            {text.map(|(t, r)| view! {
                <span class="marker-label" aria-hidden="true" style=format!("left:{};top:{};width:{}", px(r.x), px(r.y), px(r.w + 4.0))>
                    {t}
                </span>
            })}
        }
    };
    view! {
        <div
            class="track"
            role="group"
            aria-label=s.timeline_label
            aria-describedby="timeline-keys"
            style=move || layout.with(|v| format!("height:{}", px(v.height)))
            node_ref=track
            on:pointerdown=on_down
            on:pointermove=on_move
            on:pointerup=on_up
            on:pointercancel=on_up
            on:wheel=on_wheel
        >
            {move || layout.with(|v| {
                v.lanes
                    .iter()
                    .map(|l| view! {
                        <div class="lane" style=format!("top:{};height:{}", px(l.y), px(LANE_H))>
                            <span class="lane-name">
                                <span class=format!("cat-dot cat-{}", l.category.key())></span>
                                {s.category(l.category)}
                            </span>
                        </div>
                    })
                    .collect_view()
            })}
            <For
                each=move || layout.with(|v| v.items.clone())
                key=|item| (item.first.id, item.count, (item.x * 10.0).round() as i64, item.lane, item.label.as_ref().map(|l| l.0.len()))
                children=marker
            />
            <div class="axis" style=move || layout.with(|v| format!("top:{}", px(v.lanes.len() as f64 * LANE_H)))>
                {move || layout.with(|v| {
                    v.ticks
                        .iter()
                        .map(|t| view! {
                            <span class="tick" style=format!("left:{}", px(t.px))>
                                {t.label.clone()}
                                {t.sub.clone().map(|y| view! { <br /> {y} })}
                            </span>
                        })
                        .collect_view()
                })}
            </div>
            {move || layout.with(|v| v.items.is_empty()).then(|| view! { <p class="empty">{s.no_events}</p> })}
        </div>
    }
}
