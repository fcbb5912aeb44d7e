//! The readout under the chart: both rates on the cursor's day, with the legal basis and
//! source of each step in force.

use leptos::prelude::*;

use super::graphic::Graphic;
use crate::model::dataset::Series;
use crate::model::i18n::{format_date, format_percent};

#[component]
pub fn Readout() -> impl IntoView {
    let g = expect_context::<Graphic>();
    let s = g.lang.strings();
    let day = move || g.readout_day.get();
    // Each row is built once: as the day moves, its rate's text changes in place, and its
    // legal basis and source only when another step is in force.
    let row = move |series: Series| {
        let step = Memo::new(move |_| g.data.step_on(series, day()));
        let rate = move || format_percent(step.get().map_or(0.0, |st| st.rate), g.lang);
        let basis = move || {
            step.get().map(|st| {
                view! {
                    <span class="basis">
                        // The separator stays with the basis when the link wraps.
                        {st.legal_basis.get(g.lang)} "\u{a0}· "
                        <a href=st.source.url target="_blank" rel="noopener noreferrer">
                            {st.source.name}
                        </a>
                    </span>
                }
            })
        };
        view! {
            <div class=format!("readout-row series-{}", series.key())>
                <dt>{s.series(series)}</dt>
                <dd>
                    <strong data-testid=format!("readout-{}", series.key())>{rate}</strong>
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
