//! The card of one event: date and what it is, headline, summary, actors, the rate
//! change it caused, and its sources.

use leptos::prelude::*;

use super::app::Graphic;
use crate::model::dataset::{Confidence, Event, Precision};
use crate::model::deadlines::passed_notes;
use crate::model::i18n::{Lang, format_approx, format_date, format_percent};
use crate::model::state::Msg;

/// The date of an event as shown: a day, a month, or a span.
pub fn event_date(event: &Event, lang: Lang) -> String {
    let start = format_approx(event.date, event.precision, lang);
    match event.end {
        Some(end) => format!("{start} – {}", format_date(end, lang)),
        None => start,
    }
}

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
            format!("{}: {} → {}", s.series(series), format_percent(from, lang), format_percent(to, lang))
        })
        .collect();
    let sources = event
        .sources
        .iter()
        .map(|src| view! { <li><a href=src.url target="_blank" rel="noopener noreferrer">{src.name}</a></li> })
        .collect_view();
    let month_note = (event.precision != Precision::Day).then(|| format!(" ({})", s.month_precision));
    // Deadlines this event set that passed with no confirmed outcome.
    let passed = passed_notes(&g.data, event.id, lang);
    view! {
        <div class="card" id=format!("card-{}", event.id) data-testid="event-card">
            {with_headline.then(|| view! { <h3 class="card-headline">{event.headline.get(lang)}</h3> })}
            <p class="card-date">
                <span class=format!("cat-dot cat-{}", event.category.key())></span>
                {s.category(event.category)} " · " {event_date(event, lang)} " · " {s.date_kind(event.date_kind)}
                {month_note}
            </p>
            <p class="summary">{event.summary.get(lang)}</p>
            {(event.confidence == Confidence::Medium).then(|| view! { <p class="confidence">{s.reported}</p> })}
            {(!event.actors.is_empty())
                .then(|| view! { <p class="actors"><span>{s.actors} ": "</span>{event.actors.join(", ")}</p> })}
            {(!changes.is_empty()).then(|| view! { <p class="change">{changes.join(" · ")}</p> })}
            {passed.into_iter().map(|t| view! { <p class="deadline-passed">{t}</p> }).collect_view()}
            <p class="sources-label">{s.sources}</p>
            <ul class="sources">{sources}</ul>
            <div class="card-nav">
                <button type="button" on:click=move |_| g.send(Msg::StepEvent(-1))>"← " {s.prev_event}</button>
                <button type="button" on:click=move |_| g.send(Msg::StepEvent(1))>{s.next_event} " →"</button>
                <button type="button" on:click=move |_| g.send(Msg::Select(None))>{s.close}</button>
            </div>
        </div>
    }
}
