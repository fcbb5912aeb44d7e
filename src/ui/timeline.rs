//! The events section: filters and zoom, then a horizontal timeline on wide screens or a
//! dated list on narrow ones, and the selected event's card. Its keyboard shortcuts work
//! only while focus is on the events or the card.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::browser;
use super::event_card::EventCard;
use super::event_list::EventList;
use super::focus::{self, CardOpener, SelectionMarker};
use super::graphic::Graphic;
use super::timeline_controls::TimelineControls;
use super::timeline_track::TimelineTrack;
use crate::model::state::{Msg, Zoom};
use crate::model::timeline::HORIZONTAL_MIN_WIDTH;

/// Given as context, holds back the track or list (and the card) until it is set: the app
/// taking over from the pre-render builds them in a task after the rest of the section.
#[derive(Clone, Copy)]
pub struct ViewsShown(pub RwSignal<bool>);

#[component]
pub fn Timeline() -> impl IntoView {
    let g = expect_context::<Graphic>();
    let shown = use_context::<ViewsShown>().map(|v| v.0);
    let s = g.lang.strings();
    let section = NodeRef::<leptos::html::Section>::new();
    let width = RwSignal::new(g.page_width);
    browser::watch_width(section, width);
    let wide = Memo::new(move |_| width.get() >= HORIZONTAL_MIN_WIDTH);

    // Card buttons return focus to the control that opened the card.
    let opener = CardOpener::new();
    provide_context(opener);
    let marker = SelectionMarker::new();
    provide_context(marker);
    Effect::new(move |_| {
        if g.selected.get().is_some() {
            opener.remember_focus();
        }
    });

    let on_key = move |ev: web_sys::KeyboardEvent| {
        // Shortcuts belong to the widget with focus: arrows, Home/End and zoom to the
        // events, Escape also to the card.
        let within = |selector: &str| {
            ev.target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|el| el.closest(selector).ok().flatten())
                .is_some()
        };
        let (on_events, on_card) = (within(".track, .event-list"), within(".card"));
        let (before, span) = g.state.with_untracked(|st| (st.selected, st.span));
        let msg = match ev.key().as_str() {
            "ArrowLeft" | "ArrowUp" if on_events && !on_card => Msg::StepEvent(-1),
            "ArrowRight" | "ArrowDown" if on_events && !on_card => Msg::StepEvent(1),
            "Home" if on_events && !on_card => Msg::EdgeEvent { last: false },
            "End" if on_events && !on_card => Msg::EdgeEvent { last: true },
            "Escape" if on_events || on_card => Msg::Select(None),
            "+" | "=" if on_events && !on_card => Msg::Zoom(Zoom::In),
            "-" | "_" if on_events && !on_card => Msg::Zoom(Zoom::Out),
            _ => return,
        };
        ev.prevent_default();
        g.send(msg);
        if on_card {
            opener.return_focus();
        } else {
            // Keep focus on the event now selected (or, after Escape, the one just closed):
            // on the track at once while the span stays (its control is on the page already
            // and stays), else once the views have redrawn (the list may redraw its entries).
            let (after, span_kept) = g.state.with_untracked(|st| (st.selected, st.span == span));
            let now = after.is_some_and(|id| wide.get_untracked() && span_kept && marker.focus_now(id));
            if let Some(id) = after.or(before).filter(|_| !now) {
                request_animation_frame(move || browser::focus_event(id));
            }
        }
        focus::keep_on_timeline();
    };

    let card = move || {
        g.selected.get().and_then(|id| g.data.event(id)).map(|e| view! { <EventCard event=e with_headline=true /> })
    };
    view! {
        <section
            class="events"
            aria-labelledby="events-heading"
            node_ref=section
            on:keydown=on_key
            on:click=move |_| focus::keep_on_timeline()
        >
            <h2 id="events-heading">{s.events_heading}</h2>
            <TimelineControls />
            <p class="keys" id="timeline-keys">{s.timeline_keys}</p>
            {move || wide.get().then(|| view! { <p class="keys legend-cluster"><span class="legend-count" aria-hidden="true">"3"</span> {s.legend_cluster}</p> })}
            {move || {
                if !shown.is_none_or(|v| v.get()) {
                    return ().into_any();
                }
                if wide.get() {
                    view! {
                        <TimelineTrack width=width />
                        // Not a live region: focus stays on the marker, whose name already
                        // gives date, category and headline; reading the whole card on every
                        // arrow key would drown the reader.
                        <div class="card-slot">
                            {move || card().map_or_else(|| view! { <p class="hint">{s.select_hint}</p> }.into_any(), |c| c.into_any())}
                        </div>
                    }
                        .into_any()
                } else {
                    view! { <EventList /> }.into_any()
                }
            }}
        </section>
    }
}
