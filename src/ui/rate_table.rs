//! The rate steps behind the chart, as a table.

use leptos::prelude::*;

use super::graphic::Graphic;
use crate::model::i18n::{format_date, format_percent};
use crate::model::state::Msg;

#[component]
pub fn RateTable() -> impl IntoView {
    let g = expect_context::<Graphic>();
    let s = g.lang.strings();
    let rows = move || {
        g.data
            .steps
            .iter()
            .map(|step| {
                let series = s.series(step.series);
                let headline = g.data.event(step.event).map(|e| e.headline.get(g.lang)).unwrap_or_default();
                let id = step.event;
                // Before the app, a link to the event in the full list (`EventsInFull`).
                let event = if g.is_live() {
                    view! {
                        <button type="button" class="link" on:click=move |_| g.send(Msg::Select(Some(id)))>
                            {headline}
                        </button>
                    }
                    .into_any()
                } else {
                    view! { <a href=format!("#in-full-{id}")>{headline}</a> }.into_any()
                };
                view! {
                    <tr>
                        <td>{format_date(step.date, g.lang)}</td>
                        <td>{series}</td>
                        <td class="num">{format_percent(step.rate, g.lang)}</td>
                        <td>{step.legal_basis.get(g.lang)}</td>
                        <td>{event}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    // Closed at first: the app builds the rows when the reader opens it, not at load.
    let open = RwSignal::new(!g.is_live());
    view! {
        <details class="rate-table" on:toggle=move |_| open.set(true)>
            <summary>{s.table_summary}</summary>
            <table>
                <thead>
                    <tr>
                        <th scope="col">{s.col_date}</th>
                        <th scope="col">{s.col_series}</th>
                        <th scope="col">{s.col_rate}</th>
                        <th scope="col">{s.legal_basis}</th>
                        <th scope="col">{s.col_event}</th>
                    </tr>
                </thead>
                <tbody>{move || open.get().then(rows)}</tbody>
            </table>
        </details>
    }
}
