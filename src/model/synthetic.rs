//! A dataset padded with synthetic events, to check that layout and rendering stay fast
//! with thousands of events (the real data has about seventy). Host and build only.

use super::dataset::{Category, Confidence, Dataset, DateKind, Event, Precision, Source, Text};

/// `data` with its events replaced by `n` synthetic ones spread evenly over its period,
/// cycling through the categories. Strings are leaked: this runs once per build or test.
pub fn with_events(data: &Dataset, n: usize) -> Dataset {
    let start = data.meta.start;
    let days = i64::from(start.days_until(data.meta.updated));
    let sources: &'static [Source] = Vec::leak(vec![Source { name: "Synthetic", url: "https://example.org/" }]);
    let events: Vec<Event> = (0..n)
        .map(|i| Event {
            id: String::leak(format!("synthetic-{i}")),
            date: start.add_days((i as i64 * days / n.max(1) as i64) as i32),
            end: None,
            precision: Precision::Day,
            date_kind: DateKind::Announced,
            category: Category::ALL[i % Category::ALL.len()],
            confidence: Confidence::High,
            actors: &[],
            headline: Text {
                en: String::leak(format!("Synthetic event number {i} with a long headline")),
                zh: String::leak(format!("第{i}个合成事件，标题较长")),
            },
            summary: Text {
                en: "A synthetic event for performance checks.", zh: "用于性能检查的合成事件。"
            },
            sources,
            chart_label: Text { en: "", zh: "" },
        })
        .collect();
    // Rate steps and deadlines point at real event ids: keep the real events' ids valid
    // by leaving steps and deadlines as they are (they are not looked up by the timeline).
    Dataset { events: Vec::leak(events), ..*data }
}
