//! The key figures shown first, computed from the data rather than written by hand.

use super::dataset::{Dataset, DeadlineKind, Series};
use super::date::Date;

/// A rate and the day it was first reached.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Peak {
    pub rate: f64,
    pub date: Date,
}

/// The largest single rise of either series.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Jump {
    pub series: Series,
    pub from: f64,
    pub to: f64,
    pub date: Date,
}

/// The figures a reader should take away, as of the data's "updated" day.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Takeaways {
    pub updated: Date,
    pub current_us: f64,
    pub current_china: f64,
    pub peak_us: Peak,
    pub peak_china: Peak,
    pub largest_jump: Option<Jump>,
    /// When the truce in force is due to end, if one is pending.
    pub truce_ends: Option<Date>,
}

impl Takeaways {
    pub fn of(data: &Dataset) -> Takeaways {
        let updated = data.meta.updated;
        let peak = |series| {
            data.series(series).fold(Peak { rate: 0.0, date: data.meta.start }, |best, s| {
                if s.rate > best.rate { Peak { rate: s.rate, date: s.date } } else { best }
            })
        };
        let largest_jump = Series::ALL
            .iter()
            .flat_map(|&series| {
                let steps: Vec<_> = data.series(series).collect();
                steps
                    .windows(2)
                    .map(|w| Jump { series, from: w[0].rate, to: w[1].rate, date: w[1].date })
                    .collect::<Vec<_>>()
            })
            .filter(|j| j.to > j.from)
            .fold(None, |best: Option<Jump>, j| match best {
                Some(b) if b.to - b.from >= j.to - j.from => Some(b),
                _ => Some(j),
            });
        let truce_ends = data.pending_deadlines().filter(|d| d.kind == DeadlineKind::Truce).map(|d| d.date).min();
        Takeaways {
            updated,
            current_us: data.rate_on(Series::Us, updated),
            current_china: data.rate_on(Series::China, updated),
            peak_us: peak(Series::Us),
            peak_china: peak(Series::China),
            largest_jump,
            truce_ends,
        }
    }
}
