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

/// The card follows `event`: stepping to another event rewrites its texts in place instead
/// of rebuilding it, so the browser restyles none of its elements; the parts some events
/// lack are built or removed only when that changes.
#[component]
pub fn EventCard(
    /// The event shown.
    #[prop(into)]
    event: Signal<&'static Event>,
    /// Whether the card has its own headline (the list shows it on the item instead).
    #[prop(optional)]
    with_headline: bool,
) -> impl IntoView {
    let g = expect_context::<Graphic>();
    let (lang, s) = (g.lang, g.lang.strings());
    let id = move || event.with(|e| e.id);
    let changes = Memo::new(move |_| {
        g.data
            .changes_by(id())
            .map(|(series, from, to)| {
                format!("{}{}{} → {}", s.series(series), s.colon, format_percent(from, lang), format_percent(to, lang))
            })
            .collect::<Vec<_>>()
            .join(" · ")
    });
    let has_changes = Memo::new(move |_| changes.with(|c| !c.is_empty()));
    let has_actors = Memo::new(move |_| event.with(|e| !e.actors.is_empty()));
    let reported = Memo::new(move |_| event.with(|e| e.confidence == Confidence::Medium));
    // With their label, once fetched: the summary says meanwhile why they are missing.
    let sources = move || {
        let (_, sources) = late_text::event(id());
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
    let month_note =
        move || event.with(|e| (e.precision != Precision::Day).then(|| aside("", s.month_precision, lang)));
    // Deadlines this event set that passed with no confirmed outcome.
    let passed = Memo::new(move |_| passed_notes(&g.data, id(), lang));
    let opener = expect_context::<CardOpener>();
    // The next event's card takes this one's place: focus moves to the same button on it.
    let step = move |n: i32| {
        g.send(Msg::StepEvent(n));
        if let Some(next) = g.state.with_untracked(|st| st.selected).filter(|next| *next != event.get_untracked().id) {
            request_animation_frame(move || focus_first(&[&format!("#card-{next} [data-step=\"{n}\"]")]));
        }
    };
    // At the first or last event shown, a step goes nowhere: the button says so, keeping focus.
    let at_end = move |n: i32| {
        let hidden = g.hidden.get();
        let mut shown = g.data.events.iter().filter(|e| !hidden.contains(e.category));
        let edge = if n < 0 { shown.next() } else { shown.next_back() };
        if edge.is_some_and(|e| e.id == id()) { "true" } else { "false" }
    };
    view! {
        <div class="card" id=move || format!("card-{}", id()) data-testid="event-card">
            {with_headline.then(|| view! { <h3 class="card-headline">{move || event.with(|e| e.headline.get(lang))}</h3> })}
            <p class="card-date">
                <span class=move || format!("cat-dot cat-{}", event.with(|e| e.category.key()))></span>
                {move || s.category(event.with(|e| e.category))} " · " {move || event.with(|e| event_date(e, lang))} " · "
                {move || s.date_kind(event.with(|e| e.date_kind))}
                {month_note}
            </p>
            <p class="summary">{move || late_text::text(|| late_text::event(id()).0, lang)}</p>
            {move || reported.get().then(|| view! { <p class="confidence">{s.reported}</p> })}
            {move || {
                has_actors.get().then(|| view! {
                    <p class="actors"><span>{s.actors} {s.colon}</span>{move || event.with(|e| e.actors(lang))}</p>
                })
            }}
            {move || has_changes.get().then(|| view! { <p class="change">{move || changes.get()}</p> })}
            {move || passed.get().into_iter().map(|t| view! { <p class="deadline-passed">{t}</p> }).collect_view()}
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

/// The card of the event `shown`, else a hint to select one. The card is built when an
/// event is selected and follows the selection from then on.
pub fn card_or_hint(shown: Memo<Option<&'static Event>>) -> impl IntoView {
    let s = expect_context::<Graphic>().lang.strings();
    let any = Memo::new(move |_| shown.with(Option::is_some));
    move || match any.get().then(|| shown.get_untracked()).flatten() {
        Some(first) => {
            let event = Memo::new(move |_| shown.get().unwrap_or(first));
            view! { <EventCard event=event with_headline=true /> }.into_any()
        }
        None => view! { <p class="hint">{s.select_hint}</p> }.into_any(),
    }
}
