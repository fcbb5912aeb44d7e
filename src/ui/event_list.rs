//! Every event as a dated list; selecting one opens its card (date, what the date is,
//! summary, actors, the rate change it caused, sources).

use leptos::prelude::*;

use super::app::Graphic;
use crate::model::dataset::{Confidence, Event, Precision, Series};
use crate::model::i18n::{format_date, format_month, format_percent};
use crate::model::state::Msg;

#[component]
pub fn EventList() -> impl IntoView {
    let g = expect_context::<Graphic>();
    let s = g.lang.strings();
    let items = g.data.events.iter().map(|e| view! { <EventItem event=e /> }).collect_view();
    view! {
        <section class="events" aria-labelledby="events-heading">
            <h2 id="events-heading">{s.events_heading}</h2>
            <ol class="event-list">{items}</ol>
        </section>
    }
}

/// One event: its date, category and headline, and its card when selected.
#[component]
fn EventItem(
    /// The event shown.
    event: &'static Event,
) -> impl IntoView {
    let g = expect_context::<Graphic>();
    let (lang, s) = (g.lang, g.lang.strings());
    let selected = Memo::new(move |_| g.state.with(|st| st.selected == Some(event.id)));
    let date = match event.precision {
        Precision::Month => format_month(event.date, lang),
        Precision::Day => format_date(event.date, lang),
    };
    let end = event.end.map(|e| format!(" – {}", format_date(e, lang)));
    let card_id = format!("card-{}", event.id);
    let toggle = move |_| g.send(Msg::Select(if selected.get_untracked() { None } else { Some(event.id) }));
    let changes = g
        .data
        .steps
        .iter()
        .filter(|st| st.event == event.id)
        .map(|st| {
            let name = match st.series {
                Series::Us => s.us_series,
                Series::China => s.china_series,
            };
            let before = g.data.rate_on(st.series, st.date.add_days(-1));
            format!("{name}: {} → {}", format_percent(before, lang), format_percent(st.rate, lang))
        })
        .collect::<Vec<_>>();
    let sources = event
        .sources
        .iter()
        .map(|src| view! { <li><a href=src.url target="_blank" rel="noopener noreferrer">{src.name}</a></li> })
        .collect_view();
    let card = view! {
        <div class="card" id=card_id.clone()>
            <p class="card-date">
                {date.clone()} {end.clone()} " · " {s.date_kind(event.date_kind)}
                {(event.precision == Precision::Month).then(|| format!(" ({})", s.month_precision))}
            </p>
            <p class="summary">{event.summary.get(lang)}</p>
            {(event.confidence == Confidence::Medium).then(|| view! { <p class="confidence">{s.reported}</p> })}
            {(!event.actors.is_empty())
                .then(|| view! { <p class="actors"><span>{s.actors} ": "</span>{event.actors.join(", ")}</p> })}
            {(!changes.is_empty()).then(|| view! { <p class="change">{changes.join(" · ")}</p> })}
            <p class="sources-label">{s.sources}</p>
            <ul class="sources">{sources}</ul>
        </div>
    };
    view! {
        <li
            class=format!("event cat-{}", event.category.key())
            class:selected=selected
            data-event-id=event.id
        >
            <button
                type="button"
                class="event-head"
                aria-expanded=move || if selected.get() { "true" } else { "false" }
                aria-controls=card_id
                on:click=toggle
            >
                <span class="event-date">{date}</span>
                <span class="event-category">{s.category(event.category)}</span>
                <span class="event-headline">{event.headline.get(lang)}</span>
            </button>
            <Show when=move || selected.get()>{card.clone()}</Show>
        </li>
    }
}
