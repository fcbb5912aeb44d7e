//! The root component: builds the shared store from the page, lays out the views.

use leptos::prelude::*;

use super::announcer::Announcer;
use super::browser;
use super::chart_section::ChartSection;
use super::events_in_full::EventsSection;
use super::graphic::Graphic;
use super::late_text;
use super::page::Page;
use super::print_list::PrintList;
use super::takeaways::Takeaways;
use super::timeline::Timeline;
use crate::model::i18n::{fill, format_date};
use crate::model::late_texts;
use crate::model::params::ViewParam;

/// The graphic, on the page it renders into.
#[component]
pub fn App(page: Page) -> impl IntoView {
    let params = &page.params;
    let graphic = Graphic::new(&page);
    provide_context(graphic);
    if page.is_live() {
        super::host::connect(graphic, params.child_id.clone());
    }

    let (lang, data) = (graphic.lang, graphic.data);
    let s = lang.strings();
    let meta = data.meta;
    let show_chart = params.view != ViewParam::Timeline;
    let show_timeline = params.view != ViewParam::Chart;
    view! {
        // The pre-render says so: the stylesheet sizes its drawing for any width, and the
        // page's loader hides it where the URL asks for another page (`static/boot.js`).
        <article class="graphic" data-prerendered=(!page.is_live()).then_some("")>
            <SkipLink />
            {page.is_live().then(|| view! { <Announcer /> })}
            // The URL's choices are fixed for the page's life: plain conditions, no signals.
            {(!params.plain).then(|| view! {
                <header class="masthead">
                    <h1>{meta.title.get(lang)}</h1>
                    <p class="subtitle">{crate::model::takeaways::subtitle(&data, lang)}</p>
                </header>
            })}
            <Takeaways />
            {show_chart.then(|| view! { <ChartSection /> })}
            // Without the app, every event in full; with it, the timeline to explore them.
            {show_timeline.then(|| if page.is_live() { view! { <Timeline /> }.into_any() } else { view! { <EventsSection /> }.into_any() })}
            {page.is_live().then(|| view! { <PrintList /> })}
            <footer class="credits" id="after-graphic" tabindex="-1">
                <p>
                    {fill(s.data_through, &[("{date}", format_date(meta.updated, lang))])} " " {meta.credits.get(lang)}
                </p>
                // Written next to the page by the build (Trunk.toml, `[[hooks]]`).
                <p class="downloads">
                    {s.get_data} {s.colon}
                    <a href="events.csv" download>"events.csv"</a> " · "
                    <a href="rates.csv" download>"rates.csv"</a> " · "
                    <a href="data.json" download>"data.json"</a>
                </p>
                <details class="about">
                    <summary>{s.about_data}</summary>
                    <p>{move || late_text::text(|| late_texts::methodology(&meta), lang)}</p>
                    <p>{move || late_text::text(|| late_texts::definitions(&meta), lang)}</p>
                    <ul class="revisions">
                        {meta
                            .revisions
                            .iter()
                            .enumerate()
                            .map(|(i, r)| view! { <li>{format_date(r.date, lang)} {s.colon} {move || late_text::text(|| late_texts::revision(i), lang)}</li> })
                            .collect_view()}
                    </ul>
                </details>
            </footer>
        </article>
    }
}

/// The link past the graphic, for keyboard readers.
#[component]
pub fn SkipLink() -> impl IntoView {
    let s = expect_context::<Graphic>().lang.strings();
    view! { <a class="skip-link" href="#after-graphic" on:click=skip>{s.skip_graphic}</a> }
}

/// Moves focus past the graphic without touching the URL's hash, which holds the selection.
fn skip(ev: web_sys::MouseEvent) {
    ev.prevent_default();
    if let Some(footer) = browser::element_by_id("after-graphic") {
        let _ = footer.focus();
        footer.scroll_into_view();
    }
}
