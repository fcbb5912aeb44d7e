//! What became of each scheduled date, as of the data's "updated" day, and how to say
//! it: still ahead ("scheduled as of…"), settled by an event, or passed with no confirmed
//! outcome ("was due on…; no confirmed outcome as of…"), never passed off as either.

use super::dataset::{Dataset, Deadline};
use super::i18n::{self, Lang};

impl Dataset {
    /// Deadlines due on or before "updated" that no event in the data has settled.
    pub fn unsettled_deadlines(&self) -> impl Iterator<Item = &'static Deadline> + use<> {
        let (events, updated) = (self.events, self.meta.updated);
        self.deadlines
            .iter()
            .filter(move |d| d.date <= updated && !d.ended_by.is_some_and(|id| events.iter().any(|e| e.id == id)))
    }
}

/// "was due on 10 Nov 2026; no confirmed outcome as of 29 Nov 2026".
pub fn passed_text(d: &Deadline, data: &Dataset, lang: Lang) -> String {
    i18n::fill(
        lang.strings().passed_deadline,
        &[("{date}", i18n::format_date(d.date, lang)), ("{updated}", i18n::format_date(data.meta.updated, lang))],
    )
}

/// The notes on scheduled dates the chart annotates: pending deadlines up to `horizon`,
/// and passed, unsettled ones that have a chart label.
pub fn chart_notes(data: &Dataset, horizon: super::date::Date, lang: Lang) -> Vec<(&'static Deadline, String)> {
    let label = |d: &Deadline| if d.chart_label.en.is_empty() { d.label } else { d.chart_label }.get(lang);
    let pending = data.pending_deadlines().filter(|d| d.date <= horizon).map(|d| (d, label(d).to_owned()));
    let passed = data
        .unsettled_deadlines()
        .filter(|d| !d.chart_label.en.is_empty())
        .map(|d| (d, format!("{} ({})", label(d), passed_text(d, data, lang))));
    passed.chain(pending).collect()
}

/// Sentences on the deadlines an event set that passed with no confirmed outcome, for
/// its card: "One-year truce due to expire: was due on…".
pub fn passed_notes(data: &Dataset, event_id: &str, lang: Lang) -> Vec<String> {
    data.unsettled_deadlines()
        .filter(|d| d.set_by == event_id)
        .map(|d| format!("{}: {}", d.label.get(lang), passed_text(d, data, lang)))
        .collect()
}
