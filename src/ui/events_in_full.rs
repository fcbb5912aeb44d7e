//! Every event in full, in date order: date, category, headline, summary and sources. What
//! the pre-rendered page shows in place of the explorable timeline, and what prints.

use leptos::prelude::*;

use super::graphic::Graphic;
use super::late_text;
use crate::model::i18n::event_date;

/// The dated list of every event.
#[component]
pub fn EventsInFull() -> impl IntoView {
    let g = expect_context::<Graphic>();
    let (lang, s) = (g.lang, g.lang.strings());
    let items = g
        .data
        .events
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let (summary, sources) = late_text::event_at(i);
            let sources =
                sources.into_iter().map(|src| view! { <li><a href=src.url>{src.name}</a></li> }).collect_view();
            // What the rate table links to before the app runs. Not the app's `#event=<id>`:
            // the browser would scroll a shared link to the pre-render the app replaces.
            view! {
                <li id=format!("in-full-{}", e.id)>
                    <p class="full-date">{event_date(e, lang)} " · " {s.category(e.category)}</p>
                    <h3>{e.headline.get(lang)}</h3>
                    <p>{late_text::text(|| summary, lang)}</p>
                    <ul class="sources" aria-label=s.sources>{sources}</ul>
                </li>
            }
        })
        .collect_view();
    view! { <ol class="full-list">{items}</ol> }
}

/// The events section of the pre-rendered page: the timeline's heading over every event.
#[component]
pub fn EventsSection() -> impl IntoView {
    let s = expect_context::<Graphic>().lang.strings();
    view! {
        <section class="events events-in-full" aria-labelledby="events-heading">
            <h2 id="events-heading">{s.events_heading}</h2>
            <EventsInFull />
        </section>
    }
}
