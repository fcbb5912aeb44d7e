//! The horizontal timeline: lanes of markers laid out by `model::timeline`. Drag or swipe
//! sideways to pan, pinch or ctrl+wheel to zoom; vertical swipes still scroll the page.

use leptos::prelude::*;

use super::graphic::Graphic;
use super::root_font;
use crate::model::gesture::{self, Gesture};
use crate::model::i18n::px;
use crate::model::state::{Msg, State, Zoom};
use crate::model::timeline::{Item, LANE_H, TARGET, TimelineView};

#[component]
pub fn TimelineTrack(
    /// Width of the section, in CSS pixels.
    width: RwSignal<f64>,
) -> impl IntoView {
    let g = expect_context::<Graphic>();
    let (lang, s) = (g.lang, g.lang.strings());
    let bounds = State::bounds(&g.data);
    // Text is sized in rem: the layout measures it at the reader's root font size.
    let text_scale = root_font::text_scale();
    let layout = Memo::new(move |_| {
        TimelineView::layout(&g.data, g.hidden.get(), g.span.get().unwrap_or(bounds), width.get(), lang, text_scale)
    });
    let gesture = StoredValue::new_local(Gesture::default());
    let track = NodeRef::<leptos::html::Div>::new();
    // A pointer's x from the track's left edge, in the layout's pixels.
    let track_x = move |client_x: i32| {
        let left = track.get_untracked().map_or(0.0, |el| el.get_bounding_client_rect().left());
        f64::from(client_x) - left
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

    let on_down = move |ev: web_sys::PointerEvent| {
        gesture.update_value(|gs| gs.press(ev.pointer_id(), track_x(ev.client_x())));
    };
    let on_move = move |ev: web_sys::PointerEvent| {
        let (x, pressed) = (track_x(ev.client_x()), ev.buttons() != 0);
        let msg = layout
            .with_untracked(|v| gesture.try_update_value(|gs| gs.moved(ev.pointer_id(), x, pressed, &v.x)).flatten());
        if let Some(m) = msg {
            g.send(m);
        }
    };
    let on_up = move |ev: web_sys::PointerEvent| gesture.update_value(|gs| gs.release(ev.pointer_id()));
    let on_wheel = move |ev: web_sys::WheelEvent| {
        let x = track_x(ev.client_x());
        let msg = layout.with_untracked(|v| gesture::wheel(ev.delta_x(), ev.delta_y(), ev.ctrl_key(), x, &v.x));
        if let Some(m) = msg {
            ev.prevent_default();
            g.send(m);
        }
    };
    let click_selects = move || gesture.try_update_value(Gesture::click_selects).unwrap_or(true);

    let marker = move |item: Item| {
        let event = item.first;
        let (lane, count, x) = (item.lane, item.count, item.x);
        let category = event.category;
        let opening = item.opening_span();
        let probe = item.clone();
        let holds_selected = move || selected_event.get().is_some_and(|e| probe.holds(e));
        let named = item.clone();
        let label = move || named.name(&g.data, selected_event.get(), lang);
        let on_click = move |_| {
            if !click_selects() {
                return;
            }
            if count == 1 {
                g.send(Msg::Select(Some(event.id)));
            } else {
                g.send(Msg::Zoom(Zoom::To(opening)));
            }
        };
        // The button is the 24 px target; its 16 px shape is drawn inside it.
        let top = lane as f64 * LANE_H + (LANE_H - TARGET) / 2.0;
        let text = item.label.clone();
        view! {
            <button
                type="button"
                class=format!("marker cat-{}{}", category.key(), if count > 1 { " cluster" } else { "" })
                style:left=px(x - TARGET / 2.0)
                style:top=px(top)
                data-event-id=(count == 1).then_some(event.id)
                aria-label=label
                aria-current=move || holds_selected().then_some("true")
                tabindex=move || if tab_stop.get() == Some((event.id, count)) { "0" } else { "-1" }
                on:click=on_click
            >
                {(count > 1).then(|| count.to_string())}
            </button>
            {text.map(|(t, r)| view! {
                <span class="marker-label" aria-hidden="true" style:left=px(r.x) style:top=px(r.y) style:width=px(r.w + 4.0)>
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
            style:height=move || layout.with(|v| px(v.height))
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
                        <div class="lane" style:top=px(l.y) style:height=px(LANE_H)>
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
            <div class="axis" style:top=move || layout.with(|v| px(v.lanes.len() as f64 * LANE_H))>
                {move || layout.with(|v| {
                    v.ticks
                        .iter()
                        .map(|t| view! {
                            <span class="tick" style:left=px(t.px)>
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
