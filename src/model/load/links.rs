//! Checks across records and files: unique ids, date order and range, steps and
//! deadlines that point at events, and deadlines that passed without a word on them.

use std::collections::HashSet;

use super::Files;
use super::record::{Ctx, Lined, Pos, Rec};
use crate::model::dataset::{Deadline, Event, Meta, RateStep, Series};
use crate::model::date::Date;

/// Everything that was read, for the checks that need more than one record.
pub struct Linked<'a> {
    pub meta: &'a Meta,
    pub events: &'a [Lined<Event>],
    /// Ids of every event in the file, valid or not.
    pub event_ids: &'a HashSet<String>,
    pub steps: &'a [Lined<RateStep>],
    pub deadlines: &'a [Lined<Deadline>],
}

impl Linked<'_> {
    pub fn check(&self, files: &Files, ctx: &mut Ctx) {
        self.check_events(files.events.0, ctx);
        self.check_steps(files.rates.0, ctx);
        self.check_deadlines(files.deadlines.0, ctx);
    }

    fn in_range(&self, date: Date) -> bool {
        self.meta.start <= date && date <= self.meta.updated
    }

    fn check_events(&self, file: &str, ctx: &mut Ctx) {
        let mut seen = HashSet::new();
        let mut previous: Option<Date> = None;
        for (e, line) in self.events {
            let rec = Rec { file, name: format!("event `{}`", e.id), pos: Pos::Row(*line) };
            if !seen.insert(e.id) {
                ctx.err(&rec, "id", None, format!("duplicate id \"{}\"", e.id));
            }
            if !self.in_range(e.date) {
                let (start, updated) = (self.meta.start, self.meta.updated);
                let reason =
                    format!("{} is outside the dataset's range {start} to {updated} (meta.toml start/updated)", e.date);
                ctx.err(&rec, "date", None, reason);
            }
            if previous.is_some_and(|p| e.date < p) {
                ctx.err(&rec, "date", None, format!("{} is out of date order (events are kept in date order)", e.date));
            }
            previous = Some(e.date);
        }
    }

    fn check_steps(&self, file: &str, ctx: &mut Ctx) {
        for series in Series::ALL {
            let mut previous: Option<Date> = None;
            for (s, line) in self.steps.iter().filter(|(s, _)| s.series == *series) {
                let rec = Rec { file, name: format!("{} step", series.key()), pos: Pos::Row(*line) };
                if previous.is_some_and(|p| s.date <= p) {
                    ctx.err(&rec, "date", None, format!("{} is not after the previous {} step", s.date, series.key()));
                }
                previous = Some(s.date);
                if !self.in_range(s.date) {
                    let (start, updated) = (self.meta.start, self.meta.updated);
                    ctx.err(
                        &rec,
                        "date",
                        None,
                        format!("{} is outside the dataset's range {start} to {updated}", s.date),
                    );
                }
                if !self.event_ids.contains(s.event) {
                    ctx.err(&rec, "event", None, format!("no event has the id \"{}\"", s.event));
                }
            }
            if previous.is_none() {
                let rec = Rec { file, name: String::new(), pos: Pos::Row(1) };
                ctx.err(&rec, "series", None, format!("no steps for the series \"{}\"", series.key()));
            }
        }
    }

    fn check_deadlines(&self, file: &str, ctx: &mut Ctx) {
        let mut seen = HashSet::new();
        for (d, line) in self.deadlines {
            let rec = Rec { file, name: format!("deadline `{}`", d.id), pos: Pos::Row(*line) };
            if !seen.insert(d.id) {
                ctx.err(&rec, "id", None, format!("duplicate id \"{}\"", d.id));
            }
            self.check_deadline_events(d, &rec, ctx);
            self.check_deadline_outcome(d, &rec, ctx);
        }
    }

    /// The events a deadline names exist, and the one that set it came first.
    fn check_deadline_events(&self, d: &Deadline, rec: &Rec, ctx: &mut Ctx) {
        let event_date = |id: &str| self.events.iter().find(|(e, _)| e.id == id).map(|(e, _)| e.date);
        match event_date(d.set_by) {
            None if self.event_ids.contains(d.set_by) => {}
            None => ctx.err(rec, "set_by", None, format!("no event has the id \"{}\"", d.set_by)),
            Some(set) if set > d.known_from => {
                ctx.err(
                    rec,
                    "known_from",
                    None,
                    format!("known_from {} is before the event that set it ({set})", d.known_from),
                );
            }
            Some(_) => {}
        }
        if let Some(ended) = d.ended_by
            && !self.event_ids.contains(ended)
        {
            ctx.err(rec, "ended_by", None, format!("no event has the id \"{ended}\""));
        }
    }

    /// A deadline due by "updated" is settled by an event or explicitly unconfirmed, and
    /// only such a deadline may be called unconfirmed.
    fn check_deadline_outcome(&self, d: &Deadline, rec: &Rec, ctx: &mut Ctx) {
        let updated = self.meta.updated;
        let passed = d.date <= updated;
        match (passed, d.ended_by, d.outcome) {
            (true, None, None) => {
                let reason = format!(
                    "was due on {}, by the data's updated day {updated}: name the event that settled it in `ended_by`, or write outcome = \"unconfirmed\"",
                    d.date
                );
                ctx.err(rec, "outcome", None, reason);
            }
            (_, Some(_), Some(_)) => {
                ctx.err(rec, "outcome", None, "a deadline settled by `ended_by` has no unconfirmed outcome");
            }
            (false, None, Some(_)) => {
                let reason = format!("{} is after the data's updated day {updated}: it has not passed yet", d.date);
                ctx.err(rec, "outcome", None, reason);
            }
            _ => {}
        }
    }
}
