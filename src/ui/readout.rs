//! The readout under the chart: both rates on the cursor's day, with the legal basis and
//! source of each step in force.

use leptos::prelude::*;

use super::graphic::Graphic;
use crate::model::dataset::{RateStep, Series};
use crate::model::i18n::{Lang, format_date, format_percent};

#[component]
pub fn Readout() -> impl IntoView {
    let g = expect_context::<Graphic>();
    let s = g.lang.strings();
    let day = move || g.readout_day.get();
    // Each row follows the step in force: moving to a day under the same step changes
    // nothing, and a new step rewrites texts and the link in place, restyling nothing.
    let row = move |series: Series| {
        let name = s.series(series);
        let step = Memo::new(move |_| g.data.step_on(series, day()));
        let has_step = Memo::new(move |_| step.with(Option::is_some));
        let text =
            move |f: fn(&'static RateStep, Lang) -> &'static str| move || step.get().map_or("", |st| f(st, g.lang));
        let basis = move || {
            has_step.get().then(|| {
                view! {
                    <span class="basis">
                        {text(|st, lang| st.legal_basis.get(lang))} " · "
                        <a href=text(|st, _| st.source.url) target="_blank" rel="noopener noreferrer">
                            {text(|st, _| st.source.name)}
                        </a>
                    </span>
                }
            })
        };
        view! {
            <div class=format!("readout-row series-{}", series.key())>
                <dt>{name}</dt>
                <dd>
                    <strong data-testid=format!("readout-{}", series.key())>
                        {move || format_percent(step.get().map_or(0.0, |st| st.rate), g.lang)}
                    </strong>
                    " "
                    {basis}
                </dd>
            </div>
        }
    };
    view! {
        <div class="readout">
            <p class="readout-date" data-testid="readout-date">{move || format_date(day(), g.lang)}</p>
            <dl>{row(Series::Us)} {row(Series::China)}</dl>
            <p class="hint">{s.readout_hint}</p>
        </div>
    }
}
