//! The chart's key: how each series is drawn (solid line and circles, dashed line and
//! squares) and what the shaded zone means.

use leptos::prelude::*;

use super::graphic::Graphic;

#[component]
pub fn ChartLegend(
    /// Whether the chart shows a shaded zone of scheduled dates.
    scheduled: Signal<bool>,
) -> impl IntoView {
    let g = expect_context::<Graphic>();
    let s = g.lang.strings();
    view! {
        <ul class="legend" aria-label=s.legend_label>
            <li class="series-us">
                <svg class="swatch" viewBox="0 0 32 12" aria-hidden="true">
                    <line x1="0" y1="6" x2="32" y2="6" />
                    <circle cx="16" cy="6" r="4" />
                </svg>
                {s.us_series_long}
            </li>
            <li class="series-china">
                <svg class="swatch" viewBox="0 0 32 12" aria-hidden="true">
                    <line x1="0" y1="6" x2="32" y2="6" stroke-dasharray="8 4" />
                    <rect x="12" y="2" width="8" height="8" />
                </svg>
                {s.china_series_long}
            </li>
            {move || scheduled.get().then(|| view! {
                <li class="legend-scheduled">
                    <span class="swatch shade" aria-hidden="true"></span>
                    {s.legend_scheduled}
                </li>
            })}
        </ul>
    }
}
