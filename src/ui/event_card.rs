//! The card of one event: date and what it is, headline, summary, actors, the rate
//! change it caused, and its sources.

use leptos::prelude::*;

use super::focus::{CardOpener, focus_first};
use super::graphic::Graphic;
use super::late_text;
use crate::model::dataset::{Confidence, Event, Precision};
use crate::model::deadlines::passed_notes;
use crate::model::i18n::{aside, event_date, format_percent};
use crate::model::state::Msg;

#[component]
pub fn EventCard(
    /// The event shown.
    event: &'static Event,
    /// Whether the card has its own headline (the list shows it on the item instead).
    #[prop(optional)]
    with_headline: bool,
) -> impl IntoView {
    let g = expect_context::<Graphic>();
    let (lang, s) = (g.lang, g.lang.strings());
    let changes: Vec<String> = g
        .data
        .changes_by(event.id)
        .map(|(series, from, to)| {
            format!("{}{}{} → {}", s.series(series), s.colon, format_percent(from, lang), format_percent(to, lang))
        })
        .collect();
    // With their label, once fetched: the summary says meanwhile why they are missing.
    let sources = move || {
        let (_, sources) = late_text::event(event.id);
        (!sources.is_empty()).then(|| {
            let items = sources
                .into_iter()
                .map(|src| view! { <li><a href=src.url target="_blank" rel="noopener noreferrer">{src.name}</a></li> })
                .collect_view();
            view! {
                <p class="sources-label">{s.sources}</p>
                <ul class="sources">{items}</ul>
            }
        })
    };
    let month_note = (event.precision != Precision::Day).then(|| aside("", s.month_precision, lang));
    // Deadlines this event set that passed with no confirmed outcome.
    let passed = passed_notes(&g.data, event.id, lang);
    let opener = expect_context::<CardOpener>();
    // The next card replaces this one: focus moves to the same button on it.
    let step = move |n: i32| {
        g.send(Msg::StepEvent(n));
        if let Some(id) = g.state.with_untracked(|st| st.selected).filter(|id| *id != event.id) {
            request_animation_frame(move || focus_first(&[&format!("#card-{id} [data-step=\"{n}\"]")]));
        }
    };
    // At the first or last event shown, a step goes nowhere: the button says so, keeping focus.
    let at_end = move |n: i32| {
        let hidden = g.hidden.get();
        let mut shown = g.data.events.iter().filter(|e| !hidden.contains(e.category));
        let edge = if n < 0 { shown.next() } else { shown.next_back() };
        if edge.is_some_and(|e| e.id == event.id) { "true" } else { "false" }
    };
    view! {
        <div class="card" id=format!("card-{}", event.id) data-testid="event-card">
            {with_headline.then(|| view! { <h3 class="card-headline">{event.headline.get(lang)}</h3> })}
            <p class="card-date">
                <span class=format!("cat-dot cat-{}", event.category.key())></span>
                {s.category(event.category)} " · " {event_date(event, lang)} " · " {s.date_kind(event.date_kind)}
                {month_note}
            </p>
            <p class="summary">{move || late_text::text(|| late_text::event(event.id).0, lang)}</p>
            {(event.confidence == Confidence::Medium).then(|| view! { <p class="confidence">{s.reported}</p> })}
            {(!event.actors.is_empty())
                .then(|| view! { <p class="actors"><span>{s.actors} {s.colon}</span>{event.actors(lang)}</p> })}
            {(!changes.is_empty()).then(|| view! { <p class="change">{changes.join(" · ")}</p> })}
            {passed.into_iter().map(|t| view! { <p class="deadline-passed">{t}</p> }).collect_view()}
            {sources}
            <div class="card-nav">
                <button type="button" data-step="-1" aria-disabled=move || at_end(-1) on:click=move |_| step(-1)>"← " {s.prev_event}</button>
                <button type="button" data-step="1" aria-disabled=move || at_end(1) on:click=move |_| step(1)>{s.next_event} " →"</button>
                <button type="button" on:click=move |_| {
                    g.send(Msg::Select(None));
                    opener.return_focus();
                }>{s.close}</button>
            </div>
        </div>
    }
}
