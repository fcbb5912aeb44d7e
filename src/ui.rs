//! Thin Leptos components: they read the model through signals and send `Msg`s back.
//! Browser-only; everything they show is computed in `crate::model`.

mod announcer;
mod app;
mod browser;
mod chart_legend;
mod chart_model;
mod chart_notes;
mod chart_png;
mod chart_section;
mod event_card;
mod event_list;
mod events_in_full;
mod focus;
mod graphic;
mod host;
mod late_text;
mod page;
mod print_list;
mod rate_table;
mod readout;
mod root_font;
mod takeaways;
mod takeover;
mod tariff_chart;
mod timeline;
mod timeline_controls;
mod timeline_track;

pub use app::App;
#[cfg(not(target_arch = "wasm32"))]
pub use page::prerender_html;
pub use page::{PRERENDER_WIDTHS, Page};

use std::sync::atomic::{AtomicBool, Ordering};

use crate::model::i18n::Lang;
use crate::model::{DATASET, TRANSLATIONS_FILE, translations};

/// Starts the graphic: logs panics readably (in debug builds), fetches the Chinese texts
/// for a Chinese reader (an English reader's late texts are in the page), then replaces the
/// page's fallback content (which stays readable if this never runs) with the interactive
/// graphic, and fetches the texts it left for later if the page lacked them. Once only:
/// the glue also exports it to the page's scripts, and a second graphic over the first
/// would answer to the reader and the host twice.
pub fn start() {
    static STARTED: AtomicBool = AtomicBool::new(false);
    if STARTED.swap(true, Ordering::Relaxed) {
        leptos::logging::warn!("tariff-timeline: the graphic has started already");
        return;
    }
    // Readable panics in debug builds; a release build leaves the hook and its strings out.
    #[cfg(all(debug_assertions, target_arch = "wasm32"))]
    console_error_panic_hook::set_once();
    let Some(root) = browser::element_by_id("graphic") else {
        leptos::logging::error!("tariff-timeline: no element with id \"graphic\" to mount into");
        return;
    };
    // Without its texts the graphic cannot show its data: the page's loader says it could
    // not start, and the pre-render stays.
    if !late_text::install_data_texts() {
        const MISSING: &str = "tariff-timeline: the page holds no texts of the data of this build";
        leptos::logging::error!("{MISSING}");
        wasm_bindgen::throw_str(MISSING);
    }
    let (page, warnings) = browser::read_page(&root);
    for w in &warnings {
        leptos::logging::warn!("{w}");
    }
    let lang = page.params.lang.resolve(page.languages.iter().map(String::as_str));
    // An English reader's summaries, sources and notes are in the page: installed before
    // the graphic mounts, so that it never shows them loading.
    let late_in_page = lang != Lang::Zh && late_text::install_from_page();
    let mount = move || {
        takeover::take_over(root, page, move || {
            // Tells hosts and the benchmark that the graphic now answers to the reader.
            if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
                let _ = performance.mark("tariff-timeline:interactive");
            }
            // Otherwise they are not needed for the first screen: fetched after it (a
            // Chinese reader's are already on their way).
            if lang != Lang::Zh && !late_in_page {
                late_text::fetch_after_first_frame();
            }
        });
    };
    // Mounting runs in tasks of its own, not the one that instantiated the WebAssembly:
    // none then holds the main thread as long, and input waiting in between is handled.
    if lang != Lang::Zh {
        return browser::run_soon(mount);
    }
    // Beside the texts it needs to start, not before them.
    wasm_bindgen_futures::spawn_local(late_text::fetch(Lang::Zh));
    wasm_bindgen_futures::spawn_local(async move {
        let text = browser::fetch_text(TRANSLATIONS_FILE).await;
        if !text.is_some_and(|t| translations::install(&DATASET, String::leak(t))) {
            leptos::logging::warn!(
                "tariff-timeline: {TRANSLATIONS_FILE} could not be loaded: texts of the data in English"
            );
        }
        browser::run_soon(mount);
    });
}
