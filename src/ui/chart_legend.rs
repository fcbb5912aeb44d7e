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
                <span class="swatch line" aria-hidden="true"><span class="point"></span></span>
                {s.us_series_long}
            </li>
            <li class="series-china">
                <span class="swatch line" aria-hidden="true"><span class="point"></span></span>
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
