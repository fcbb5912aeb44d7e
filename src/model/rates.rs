//! Rate lookups and the "as of" cut: what was known, and in force, on a given day.

use super::dataset::{Dataset, Dated, Deadline, Event, RateStep, Series};
use super::date::Date;

impl Dataset {
    /// The step of `series` in force on `date` (the last one on or before it).
    pub fn step_on(&self, series: Series, date: Date) -> Option<&'static RateStep> {
        self.series(series).take_while(|s| s.date <= date).last()
    }

    /// The rate of `series` on `date`, in percent (0 before the first step).
    pub fn rate_on(&self, series: Series, date: Date) -> f64 {
        self.step_on(series, date).map_or(0.0, |s| s.rate)
    }

    /// The rate changes an event caused: series, rate before, rate after.
    pub fn changes_by<'a>(&'a self, event_id: &'a str) -> impl Iterator<Item = (Series, f64, f64)> + 'a {
        self.steps
            .iter()
            .filter(move |s| s.event == event_id)
            .map(|s| (s.series, self.rate_on(s.series, s.date.add_days(-1)), s.rate))
    }

    /// What was known on `date`: events up to it (a span still under way cut there), rate
    /// series cut there, deadlines set by then, the notes and revisions written by then, and
    /// "updated" moved back to it.
    /// Dates after the data's own end change nothing.
    pub fn as_of(&self, date: Date) -> Dataset {
        if date >= self.meta.updated {
            return *self;
        }
        let mut events = &self.events[..self.events.partition_point(|e| e.date <= date)];
        // An event under way on `date` shows no end yet: its last day was not known then.
        // Rare (a few multi-day events), and done once per page: the copy is leaked.
        if events.iter().any(|e| e.end.is_some_and(|end| end > date)) {
            let cut = events.iter().map(|e| Event { end: e.end.filter(|end| *end <= date), ..*e });
            events = Vec::leak(cut.collect());
        }
        let steps = &self.steps[..self.steps.partition_point(|s| s.date <= date)];
        let deadlines = &self.deadlines[..self.deadlines.partition_point(|d| d.known_from <= date)];
        let mut meta = self.meta;
        meta.updated = date.max(meta.start);
        // The first variant of a note holds from the start, so one is always left.
        let variants = |v: &'static [Dated]| &v[..v.partition_point(|d| d.from <= meta.updated).max(1).min(v.len())];
        meta.definitions = variants(meta.definitions);
        meta.methodology = variants(meta.methodology);
        meta.revisions = &meta.revisions[..meta.revisions.partition_point(|r| r.date <= date)];
        Dataset { meta, events, steps, deadlines }
    }

    /// Deadlines still ahead on the data's "updated" day: set, not yet due, not ended.
    pub fn pending_deadlines(&self) -> impl Iterator<Item = &'static Deadline> + use<> {
        let (events, updated) = (self.events, self.meta.updated);
        self.deadlines
            .iter()
            .filter(move |d| d.date > updated && !d.ended_by.is_some_and(|id| events.iter().any(|e| e.id == id)))
    }
}
