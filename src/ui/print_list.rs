//! The full dated event list for print, with the definitions and the method: rendered
//! only while the browser prints (between its `beforeprint` and `afterprint` events), so
//! readers on screen pay nothing for it.

use leptos::prelude::*;

use super::browser;
use super::graphic::Graphic;
use super::late_text;
use crate::model::i18n::event_date;
use crate::model::late_texts;

#[component]
pub fn PrintList() -> impl IntoView {
    let g = expect_context::<Graphic>();
    let (lang, s) = (g.lang, g.lang.strings());
    let printing = RwSignal::new(false);
    browser::on_print(move |now| printing.set(now));
    move || {
        printing.get().then(|| {
            let items = g
                .data
                .events
                .iter()
                .enumerate()
                .map(|(i, e)| {
                    let (summary, sources) = late_text::event_at(i);
                    let sources =
                        sources.into_iter().map(|src| view! { <li><a href=src.url>{src.name}</a></li> }).collect_view();
                    view! {
                        <li>
                            <p class="print-date">{event_date(e, lang)} " · " {s.category(e.category)}</p>
                            <h3>{e.headline.get(lang)}</h3>
                            <p>{late_text::text(|| summary, lang)}</p>
                            <ul class="sources">{sources}</ul>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section class="print-list">
                    <p>{late_text::text(|| late_texts::definitions(&g.data.meta), lang)}</p>
                    <h2>{s.events_heading}</h2>
                    <ol>{items}</ol>
                    <p>{late_text::text(|| late_texts::methodology(&g.data.meta), lang)}</p>
                </section>
            }
        })
    }
}
