//! The root component: reads the URL once, owns the reader's state, lays out the views.

use leptos::prelude::*;

use super::browser;
use super::takeaways::Takeaways;
use super::tariff_chart::TariffChart;
use super::timeline::Timeline;
use crate::model::DATASET;
use crate::model::chart_view::Theme;
use crate::model::dataset::Dataset;
use crate::model::date::Date;
use crate::model::i18n::{Lang, format_date};
use crate::model::params::{Params, ThemeParam, ViewParam};
use crate::model::state::{CategorySet, Msg, Span, State};

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
}

impl Graphic {
    /// The one way views change state.
    pub fn send(&self, msg: Msg) {
        let data = self.data;
        self.state.update(|s| s.apply(msg, &data));
    }
}

/// The graphic.
#[component]
pub fn App() -> impl IntoView {
    let (query, hash) = browser::location();
    let (params, warnings) = Params::parse(&query, &hash);
    for w in &warnings {
        leptos::logging::warn!("{w}");
    }
    let languages = browser::preferred_languages();
    let lang = params.lang.resolve(languages.iter().map(String::as_str));
    const DARK_QUERY: &str = "(prefers-color-scheme: dark)";
    let system_theme = || if browser::media_matches(DARK_QUERY) { Theme::Dark } else { Theme::Light };
    let theme = RwSignal::new(match params.theme {
        ThemeParam::Fixed(t) => t,
        ThemeParam::Auto => system_theme(),
    });
    if params.theme == ThemeParam::Auto {
        browser::on_media_change(DARK_QUERY, move || theme.set(system_theme()));
    }
    browser::set_root_attribute("lang", lang.tag());
    Effect::new(move |_| {
        browser::set_root_attribute("data-theme", if theme.get() == Theme::Dark { "dark" } else { "light" });
    });

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
        theme,
        as_of: params.as_of,
    };
    if let Some(id) = &params.event {
        match data.event(id) {
            Some(e) => graphic.send(Msg::Select(Some(e.id))),
            None => leptos::logging::warn!("tariff-timeline: ignored unknown event id {id:?}"),
        }
    }
    provide_context(graphic);

    // The selected event lives in the URL so a shared link reopens it.
    Effect::new(move |previous: Option<Option<&'static str>>| {
        let selected = graphic.selected.get();
        if previous.is_some_and(|p| p != selected) {
            browser::replace_hash(&selected.map(|id| format!("event={id}")).unwrap_or_default());
        }
        selected
    });

    let s = lang.strings();
    let meta = data.meta;
    let show_chart = params.view != ViewParam::Timeline;
    let show_timeline = params.view != ViewParam::Chart;
    view! {
        <article class="graphic">
            // The URL's choices are fixed for the page's life: plain conditions, no signals.
            {(!params.plain).then(|| view! {
                <header class="masthead">
                    <h1>{meta.title.get(lang)}</h1>
                    <p class="subtitle">{crate::model::takeaways::subtitle(&data, lang)}</p>
                </header>
            })}
            <Takeaways />
            {show_chart.then(|| view! { <TariffChart /> })}
            {show_timeline.then(|| view! { <Timeline /> })}
            <footer class="credits">
                <p>
                    {s.data_through} " " {format_date(meta.updated, lang)} ". "
                    {meta.credits.get(lang)}
                </p>
                <details class="about">
                    <summary>{s.about_data}</summary>
                    <p>{meta.methodology().get(lang)}</p>
                    <p>{meta.definitions().get(lang)}</p>
                    <ul class="revisions">
                        {meta
                            .revisions
                            .iter()
                            .map(|r| view! { <li>{format_date(r.date, lang)} ": " {r.note.get(lang)}</li> })
                            .collect_view()}
                    </ul>
                </details>
            </footer>
        </article>
    }
}
