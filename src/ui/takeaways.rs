//! The key figures, computed from the data.

use leptos::prelude::*;

use super::graphic::Graphic;
use crate::model::takeaways;

#[component]
pub fn Takeaways() -> impl IntoView {
    let g = expect_context::<Graphic>();
    let s = g.lang.strings();
    let lines = takeaways::Takeaways::of(&g.data).lines(g.lang);
    view! {
        <section class="takeaways" aria-labelledby="takeaways-heading">
            <h2 id="takeaways-heading" class="visually-hidden">{s.takeaways_heading}</h2>
            <dl>
                {lines
                    .into_iter()
                    .map(|l| view! {
                        <div class="takeaway">
                            <dt>{l.label}</dt>
                            <dd>{l.text}</dd>
                        </div>
                    })
                    .collect_view()}
            </dl>
        </section>
    }
}
