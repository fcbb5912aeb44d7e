//! The timeline on narrow screens. Long lists start compact: a swipeable row of the key
//! moments with the selected event's card below, "All n events" a tap away. The whole
//! list is dated, opens each card in place, and renders a window around the selection that
//! moves only when the selection nears its edge.

use leptos::prelude::*;

use super::browser;
use super::event_card::EventCard;
use super::graphic::Graphic;
use crate::model::compact::{compact, leaves_some_out};
use crate::model::dataset::Event;
use crate::model::i18n::{event_date, fill};
use crate::model::state::{Msg, State};
use crate::model::timeline::{ListWindow, shown_in_span};

/// How many entries are rendered at first; "show more" adds as many again.
const PAGE: usize = 100;

#[component]
pub fn EventList() -> impl IntoView {
    let g = expect_context::<Graphic>();
    let s = g.lang.strings();
    let limit = RwSignal::new(PAGE);
    let expanded = RwSignal::new(false);
    // Events the reader opened stay in the compact row.
    let opened = RwSignal::new(Vec::<&'static str>::new());
    Effect::new(move |_| {
        if let Some(id) = g.selected.get() {
            opened.update(|v| {
                if !v.contains(&id) {
                    v.push(id)
                }
            });
            // The row follows the selection, whatever changed it (the card's buttons, the chart).
            request_animation_frame(browser::show_selected_in_row);
        }
    });
    // Selecting wakes only the rows it selects and deselects, not every row.
    let selection = Selector::new(move || g.selected.get());
    let bounds = State::bounds(&g.data);
    let matching = Memo::new(move |_| {
        shown_in_span(&g.data, g.hidden.get(), g.span.get().unwrap_or(bounds)).collect::<Vec<&'static Event>>()
    });
    let in_view = Memo::new(move |_| {
        if expanded.get() {
            matching.get()
        } else {
            let keep: Vec<&str> = opened.get().into_iter().chain(g.selected.get()).collect();
            matching.with(|events| compact(&g.data, events, &keep))
        }
    });
    let compact_row = Memo::new(move |_| !expanded.get() && matching.with(|events| leaves_some_out(&g.data, events)));
    let can_expand = move || expanded.get() || compact_row.get();
    let card = move || {
        let id = g.selected.get().filter(|id| in_view.with(|v| v.iter().any(|e| e.id == *id)))?;
        g.data.event(id).map(|e| view! { <EventCard event=e with_headline=true /> })
    };
    let toggle_label = move || {
        if expanded.get() {
            s.key_events_only.to_string()
        } else {
            fill(s.all_events, &[("{n}", matching.with(Vec::len).to_string())])
        }
    };
    let window = Memo::new(move |before: Option<&ListWindow>| {
        let selected = g.selected.get();
        in_view.with(|events| ListWindow::over(events, selected, limit.get(), before))
    });
    let rows = move || window.with(|w| w.rows.clone());
    let more = move |_| limit.update(|l| *l += PAGE);
    let total = move || matching.with(Vec::len);
    let cut_before = move || rows().start > 0;
    let cut_after = move || rows().end < in_view.with(Vec::len);
    let empty = move || total() == 0;
    view! {
        <p class="hint">
            {move || fill(s.showing, &[("{n}", rows().len().to_string()), ("{total}", total().to_string())])}
        </p>
        {move || cut_before().then(|| view! { <button type="button" class="more" on:click=more>{s.show_earlier}</button> })}
        <ol class="event-list" class:key-events=compact_row id="event-list">
            <For
                each=move || in_view.with(|events| events.get(rows()).unwrap_or_default().to_vec())
                key=|e| address(e)
                children=move |e| {
                    view! { <EventItem event=e selection=selection.clone() card_inline=Signal::derive(move || !compact_row.get()) /> }
                }
            />
        </ol>
        {move || {
            compact_row.get().then(|| view! {
                <div class="card-slot">
                    {move || card().map_or_else(|| view! { <p class="hint">{s.select_hint}</p> }.into_any(), |c| c.into_any())}
                </div>
            })
        }}
        {move || cut_after().then(|| view! { <button type="button" class="more" on:click=more>{s.show_later}</button> })}
        {move || can_expand().then(|| view! {
            <button
                type="button"
                class="more all-events"
                aria-controls="event-list"
                aria-expanded=move || if expanded.get() { "true" } else { "false" }
                on:click=move |_| expanded.update(|x| *x = !*x)
            >
                {toggle_label}
            </button>
        })}
        {move || empty().then(|| view! { <p class="empty">{s.no_events}</p> })}
    }
}

/// One event: its date, category and headline, and its card when selected.
#[component]
fn EventItem(
    /// The event shown.
    event: &'static Event,
    /// Which event is selected.
    selection: Selector<Option<&'static str>>,
    /// Whether its card opens in place (else the list shows it below).
    card_inline: Signal<bool>,
) -> impl IntoView {
    let g = expect_context::<Graphic>();
    let (lang, s) = (g.lang, g.lang.strings());
    let selected = Memo::new(move |_| selection.selected(&Some(event.id)));
    let toggle = move |_| g.send(Msg::Select(if selected.get_untracked() { None } else { Some(event.id) }));
    view! {
        <li class=format!("event cat-{}", event.category.key()) class:selected=selected>
            <button
                type="button"
                class="event-head"
                data-event-id=event.id
                aria-expanded=move || if selected.get() { "true" } else { "false" }
                aria-controls=format!("card-{}", event.id)
                on:click=toggle
            >
                <span class="event-date">{event_date(event, lang)}</span>
                <span class="event-category">
                    <span class=format!("cat-dot cat-{}", event.category.key())></span>
                    {s.category(event.category)}
                </span>
                <span class="event-headline">{event.headline.get(lang)}</span>
            </button>
            {move || (selected.get() && card_inline.get()).then(|| view! { <EventCard event=event /> })}
        </li>
    }
}

/// An event's key in the list: its place in memory, which no other event of the graphic's
/// dataset shares. A number, like the keys of the track's lanes, so that the WebAssembly
/// needs no keyed list of text keys as well.
fn address(event: &&'static Event) -> usize {
    std::ptr::from_ref::<Event>(event).addr()
}
