//! The full dated event list for print, with the definitions and the method: rendered
//! only while the browser prints (between its `beforeprint` and `afterprint` events), so
//! readers on screen pay nothing for it.

use leptos::prelude::*;

use super::browser;
use super::events_in_full::EventsInFull;
use super::graphic::Graphic;
use super::late_text;
use crate::model::late_texts;

#[component]
pub fn PrintList() -> impl IntoView {
    let g = expect_context::<Graphic>();
    let (lang, s) = (g.lang, g.lang.strings());
    let printing = RwSignal::new(false);
    browser::on_print(move |now| printing.set(now));
    move || {
        printing.get().then(|| {
            view! {
                <section class="print-list">
                    <p>{late_text::text(|| late_texts::definitions(&g.data.meta), lang)}</p>
                    <h2>{s.events_heading}</h2>
                    <EventsInFull />
                    <p>{late_text::text(|| late_texts::methodology(&g.data.meta), lang)}</p>
                </section>
            }
        })
    }
}
