//! The horizontal timeline: lanes of markers laid out by `model::timeline`. Drag or swipe
//! sideways to pan, pinch or ctrl+wheel to zoom; vertical swipes still scroll the page.

use leptos::prelude::*;
use rustc_hash::FxHashMap;

use super::focus::{self, MarkerKey, SelectionMarker};
use super::graphic::Graphic;
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
    let text_scale = g.text_scale;
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
    // The marker holding the selection; the one marker in the tab order is that one, else
    // the first. Markers are keyed by their first event and count, and selectors wake only
    // the markers whose state changes, not every marker.
    let holding = Memo::new(move |_| {
        let selected = selected_event.get();
        layout.with(|v| selected.and_then(|e| v.items.iter().find(|i| i.holds(e))).map(|i| (i.first.id, i.count)))
    });
    use_context::<SelectionMarker>().inspect(|m| m.publish(holding));
    let tab_stop =
        Memo::new(move |_| holding.get().or_else(|| layout.with(|v| v.items.first().map(|i| (i.first.id, i.count)))));
    let is_holding = Selector::new(move || holding.get());
    // New markers start with the tab stop of the moment; later moves are written by hand.
    Effect::new(move |previous: Option<Option<MarkerKey>>| {
        let now = tab_stop.get();
        if let Some(old) = previous.flatten().filter(|old| Some(*old) != now) {
            focus::set_tab_stop(old, false);
        }
        if let Some(key) = now {
            focus::set_tab_stop(key, true);
        }
        now
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

    // Where each marker and its label are, by marker: panning moves the markers it keeps
    // instead of building them anew.
    let places = Memo::new(move |_| {
        layout.with(|v| {
            v.items
                .iter()
                .map(|i| ((i.first.id, i.count), (i.x, i.label.as_ref().map(|l| l.1))))
                .collect::<FxHashMap<_, _>>()
        })
    });

    let marker = move |item: Item| {
        let event = item.first;
        let (lane, count) = (item.lane, item.count);
        let place = move || places.with(|m| m.get(&(event.id, count)).copied());
        let x = move || place().map_or(0.0, |p| p.0);
        let label_box = move || place().and_then(|p| p.1);
        let category = event.category;
        let opening = item.opening_span();
        let key = Some((event.id, count));
        let is_holding = is_holding.clone();
        let tab_index = if tab_stop.get_untracked() == key { "0" } else { "-1" };
        // A cluster is named after the selected event it holds; a single marker's name
        // does not depend on the selection, and a cluster's only while it holds it, so
        // selecting wakes only the clusters it enters and leaves.
        let named = item.clone();
        let holds_selection = is_holding.clone();
        let label = move || {
            let selected = (count > 1 && holds_selection.selected(&key)).then(|| selected_event.get()).flatten();
            named.name(&g.data, selected, lang)
        };
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
        let text = item.label.map(|l| l.0);
        view! {
            <button
                type="button"
                class=format!("marker cat-{}{}", category.key(), if count > 1 { " cluster" } else { "" })
                style:left=move || px(x() - TARGET / 2.0)
                style:top=px(top)
                data-event-id=(count == 1).then_some(event.id)
                data-cluster=(count > 1).then_some(event.id)
                aria-label=label
                aria-current=move || is_holding.selected(&key).then_some("true")
                tabindex=tab_index
                on:click=on_click
            >
                {(count > 1).then(|| count.to_string())}
            </button>
            {text.map(|t| view! {
                <span
                    class="marker-label"
                    aria-hidden="true"
                    style:left=move || label_box().map_or_else(String::new, |r| px(r.x))
                    style:top=move || label_box().map_or_else(String::new, |r| px(r.y))
                    style:width=move || label_box().map_or_else(String::new, |r| px(r.w + 4.0))
                >
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
            // Each lane's markers in a paint layer of their own: a select repaints the lanes
            // whose markers change, not every marker of the track.
            <For
                each=move || layout.with(|v| (0..v.lanes.len()).collect::<Vec<_>>())
                key=|lane| *lane
                children=move |lane| {
                    let marker = marker.clone();
                    view! {
                        <div class="lane-markers">
                            <For
                                each=move || layout.with(|v| v.items.iter().filter(|i| i.lane == lane).cloned().collect::<Vec<_>>())
                                key=|item| (item.first.id, item.count, item.label.as_ref().map(|l| l.0.clone()))
                                children=marker
                            />
                        </div>
                    }
                }
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
