//! Rate lookups and the "as of" cut: what was known, and in force, on a given day.

use super::dataset::{Dataset, Deadline, RateStep, Series};
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

    /// What was known on `date`: events up to it, rate series cut there, deadlines set by
    /// then, and "updated" moved back to it. Dates after the data's own end change nothing.
    pub fn as_of(&self, date: Date) -> Dataset {
        if date >= self.meta.updated {
            return *self;
        }
        let events = &self.events[..self.events.partition_point(|e| e.date <= date)];
        let steps = &self.steps[..self.steps.partition_point(|s| s.date <= date)];
        let deadlines = &self.deadlines[..self.deadlines.partition_point(|d| d.known_from <= date)];
        let mut meta = self.meta;
        meta.updated = date.max(meta.start);
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
