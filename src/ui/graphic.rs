//! The store every component shares: the data on screen, the reader's state and the
//! page's fixed choices (language, theme, `asof`), provided as context by `App`.

use leptos::prelude::*;

use super::browser::{self, DARK_QUERY};
use super::page::Page;
use crate::model::DATASET;
use crate::model::dataset::Dataset;
use crate::model::date::Date;
use crate::model::i18n::Lang;
use crate::model::params::ThemeParam;
use crate::model::state::{CategorySet, Msg, Span, State};
use crate::model::theme::Theme;

/// What every component of the graphic shares, provided as context.
#[derive(Clone, Copy)]
pub struct Graphic {
    /// The data on screen, already cut to the `asof` date.
    pub data: Dataset,
    pub state: RwSignal<State>,
    /// Slices of the state that change rarely: views that read only these do not rerun
    /// as the pointer moves the chart's readout.
    pub selected: Memo<Option<&'static str>>,
    pub hidden: Memo<CategorySet>,
    pub span: Memo<Option<Span>>,
    /// The day of the chart's readout.
    pub readout_day: Memo<Date>,
    pub lang: Lang,
    /// The theme in use; with `theme=auto` it follows the reader's system setting live.
    pub theme: RwSignal<Theme>,
    /// The `asof` date of the URL, if any.
    pub as_of: Option<Date>,
    /// The page's width when the graphic was laid out first, in CSS pixels.
    pub page_width: f64,
    /// The root font size over the browsers' default (see `Page::text_scale`).
    pub text_scale: f64,
    /// Whether the graphic answers to the reader (see `Page::is_live`).
    live: bool,
}

impl Graphic {
    /// The store for the page's URL options: the language and theme resolved against the
    /// browser's settings, the event of a shared link selected. Once live, it keeps
    /// `<html lang>`, `data-theme` and the URL's hash in step with itself for as long as its
    /// owner lives.
    pub fn new(page: &Page) -> Graphic {
        let params = &page.params;
        let lang = params.lang.resolve(page.languages.iter().map(String::as_str));
        let data = params.as_of.map_or(DATASET, |d| DATASET.as_of(d));
        let state = RwSignal::new(State::default());
        let graphic = Graphic {
            data,
            state,
            selected: Memo::new(move |_| state.with(|s| s.selected)),
            hidden: Memo::new(move |_| state.with(|s| s.hidden)),
            span: Memo::new(move |_| state.with(|s| s.span)),
            readout_day: Memo::new(move |_| state.with(|s| s.readout_day(&data))),
            lang,
            theme: RwSignal::new(theme_for(params.theme, page.dark)),
            as_of: params.as_of,
            page_width: page.width,
            text_scale: page.text_scale,
            live: page.is_live(),
        };
        if let Some(id) = &params.event {
            match (data.event(id), DATASET.event(id)) {
                (Some(e), _) => graphic.send(Msg::Select(Some(e.id))),
                (None, Some(_)) => {
                    leptos::logging::warn!("tariff-timeline: ignored event id \"{id}\" (dated after asof)")
                }
                (None, None) => leptos::logging::warn!("tariff-timeline: ignored unknown event id \"{id}\""),
            }
        }
        if graphic.is_live() {
            graphic.mirror_to_page(params.theme);
        }
        graphic
    }

    /// Whether the graphic answers to the reader (see `Page::is_live`): a constant in the
    /// WebAssembly, so that what only the pre-render shows is left out of it.
    pub fn is_live(&self) -> bool {
        cfg!(target_arch = "wasm32") || self.live
    }

    /// The one way views change state.
    pub fn send(&self, msg: Msg) {
        let data = self.data;
        self.state.update(|s| s.apply(msg, &data));
    }

    fn mirror_to_page(self, theme_param: ThemeParam) {
        browser::set_root_attribute("lang", self.lang.tag());
        browser::set_title(self.data.meta.title.get(self.lang));
        if theme_param == ThemeParam::Auto {
            let theme = self.theme;
            browser::on_media_change(DARK_QUERY, move || {
                theme.set(theme_for(ThemeParam::Auto, browser::media_matches(DARK_QUERY)));
            });
        }
        Effect::new(move |_| {
            browser::set_root_attribute("data-theme", if self.theme.get() == Theme::Dark { "dark" } else { "light" });
        });
        // The selected event lives in the URL so a shared link reopens it.
        let url = browser::Throttle::new(URL_EVERY_MS);
        Effect::new(move |previous: Option<Option<&'static str>>| {
            let selected = self.selected.get();
            if previous.is_some_and(|p| p != selected) {
                url.run(move || {
                    if let Some(now) = self.selected.try_get_untracked() {
                        browser::replace_hash(&now.map(|id| format!("event={id}")).unwrap_or_default());
                    }
                });
            }
            selected
        });
    }
}

/// Rewriting the URL is a same-document navigation (about 1 ms, 5 ms at 4× CPU): a selection
/// after a pause writes it at once, the ones that follow within this time are written once
/// when it is up, so stepping through events does not pay for it on every frame.
const URL_EVERY_MS: f64 = 300.0;

/// The theme a URL option asks for, given whether the system asks for a dark one now.
fn theme_for(param: ThemeParam, system_dark: bool) -> Theme {
    match param {
        ThemeParam::Fixed(t) => t,
        ThemeParam::Auto if system_dark => Theme::Dark,
        ThemeParam::Auto => Theme::Light,
    }
}
