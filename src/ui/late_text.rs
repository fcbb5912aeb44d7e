//! The texts that travel apart from the graphic (see `model::late_texts`): installing them
//! from the page or fetching them, and what a view shows of one meanwhile; and installing
//! the English texts of the data from the page (see `model::translations`).

use leptos::prelude::*;

use super::browser;
use crate::model::dataset::Source;
use crate::model::i18n::Lang;
use crate::model::{DATASET, LATE_TEXTS_FILES, late_texts, translations};

thread_local! {
    /// Whether the fetch has ended, with the file installed or not: views showing a late
    /// text read it, so they show the text, or why it is missing, once it has. Not owned
    /// by the view that first reads it, which may go away before the fetch ends.
    static SETTLED: ArcRwSignal<bool> = ArcRwSignal::new(false);
}

/// Fetches and installs the file of `lang`; says in the console if that failed.
pub async fn fetch(lang: Lang) {
    let file = LATE_TEXTS_FILES[lang as usize];
    let text = browser::fetch_text(file).await;
    if !text.is_some_and(|t| late_texts::install(&DATASET, String::leak(t))) {
        leptos::logging::warn!("tariff-timeline: {file} could not be loaded");
    }
    SETTLED.with(|s| s.set(true));
}

/// The text of the page's element `id`.
fn page_text(id: &str) -> Option<String> {
    browser::element_by_id(id)?.text_content()
}

/// Installs the English texts of the data, which the graphic's dataset only marks, from the
/// page; false if they are missing or not of this build.
pub fn install_data_texts() -> bool {
    page_text(translations::PAGE_ID).is_some_and(|t| translations::install_english(&DATASET, String::leak(t)))
}

/// Installs the English late texts the build wrote into the page; says in the console, and
/// returns false, if they are missing or not of this build (the file is then to be fetched).
pub fn install_from_page() -> bool {
    let file = LATE_TEXTS_FILES[Lang::En as usize];
    let text = page_text(late_texts::PAGE_ID);
    let installed = text.is_some_and(|t| late_texts::install_checked(&DATASET, file, t));
    if installed {
        SETTLED.with(|s| s.set(true));
    } else {
        leptos::logging::warn!("tariff-timeline: the page holds no copy of {file} of this build: fetching it");
    }
    installed
}

/// Fetches the English file once the mounted graphic has been painted, so that nothing
/// of it competes with the first screen.
pub fn fetch_after_first_frame() {
    request_animation_frame(|| browser::run_soon(|| wasm_bindgen_futures::spawn_local(fetch(Lang::En))));
}

/// A late text as it stands: itself once fetched, until then a word saying it is loading,
/// or that it could not be loaded. A view reading it updates when the fetch ends.
pub fn text(text: impl FnOnce() -> Option<&'static str>, lang: Lang) -> &'static str {
    let settled = SETTLED.with(|s| s.get());
    let s = lang.strings();
    text().unwrap_or(if settled { s.text_failed } else { s.text_loading })
}

/// The summary and sources of an event of the graphic's dataset, once fetched.
pub fn event(id: &str) -> (Option<&'static str>, Vec<Source>) {
    SETTLED.with(|s| s.track());
    split(late_texts::event(&DATASET, id))
}

/// The same of the `i`th event, for views that go through them all in order.
pub fn event_at(i: usize) -> (Option<&'static str>, Vec<Source>) {
    SETTLED.with(|s| s.track());
    split(late_texts::event_at(i))
}

fn split(texts: Option<(&'static str, Vec<Source>)>) -> (Option<&'static str>, Vec<Source>) {
    texts.map_or((None, Vec::new()), |(summary, sources)| (Some(summary), sources))
}
