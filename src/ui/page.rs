//! What the graphic learns from the page it renders into: read from the browser when the
//! app starts, or fixed for the build's pre-render, which runs the same components on the
//! host (see `examples/export_data.rs`).

use crate::model::params::Params;

/// The widths the pre-render draws the chart at, in CSS pixels: a phone held upright, a
/// phone on its side, an article column and the graphic at its widest. The stylesheet shows
/// the nearest (`[data-width]` in `static/style.css`); the app draws it again at the reader's
/// width when it takes over.
pub const PRERENDER_WIDTHS: [u32; 4] = [375, 560, 760, 1168];

/// The page around the graphic.
#[derive(Clone, Debug)]
pub struct Page {
    /// The URL's options.
    pub params: Params,
    /// The browser's preferred languages, most preferred first (for `lang=auto`).
    pub languages: Vec<String>,
    /// Whether the reader's system asks for a dark theme now (for `theme=auto`).
    pub dark: bool,
    /// The width of the graphic's content box, in CSS pixels.
    pub width: f64,
    /// The root font size over the browsers' default of 16 px: layouts that measure text in
    /// pixels scale it by this.
    pub text_scale: f64,
    /// Whether the graphic answers to the reader (see `Page::live`).
    live: bool,
}

impl Page {
    /// The page in the browser, where the graphic answers to the reader.
    pub fn live(params: Params, languages: Vec<String>, dark: bool, width: f64, text_scale: f64) -> Page {
        Page { params, languages, dark, width, text_scale, live: true }
    }

    /// Whether the graphic answers to the reader. The pre-render does not: it attaches
    /// nothing to the browser and shows every event in full, where the app lets readers
    /// explore them. Always true in the WebAssembly, which thus leaves out what only the
    /// pre-render shows.
    pub fn is_live(&self) -> bool {
        cfg!(target_arch = "wasm32") || self.live
    }

    /// The page of the build's pre-render: the URL's defaults in the light theme, laid out
    /// for a phone (its chart is drawn at each of `PRERENDER_WIDTHS`).
    pub fn prerender() -> Page {
        Page {
            params: Params::default(),
            languages: Vec::new(),
            dark: false,
            width: f64::from(PRERENDER_WIDTHS[0]),
            text_scale: 1.0,
            live: false,
        }
    }
}

/// The graphic as HTML, as the pre-render lays it out: what the build writes into the page
/// for readers before (or without) the app. Fails if the data's texts cannot be written.
#[cfg(not(target_arch = "wasm32"))]
pub fn prerender_html() -> Result<String, String> {
    use leptos::prelude::*;

    use super::App;
    use crate::model::i18n::Lang;
    use crate::model::{DATASET, late_texts};

    // The texts the app fetches later are on the page from the start.
    if !late_texts::installed() {
        let (_, text) = late_texts::file(&DATASET, Lang::En)?;
        late_texts::install(&DATASET, String::leak(text));
    }
    Ok(Owner::new().with(|| view! { <App page=Page::prerender() /> }.to_html()))
}
