//! The key figures shown first, computed from the data rather than written by hand.

use super::dataset::{Dataset, DeadlineKind, Series};
use super::date::Date;
use super::i18n::{self, Lang};

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
    /// When a truce was due to end, if that day has passed with no confirmed outcome and
    /// no later truce is pending.
    pub truce_passed: Option<Date>,
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
        let truce_passed = truce_ends
            .is_none()
            .then(|| data.unsettled_deadlines().filter(|d| d.kind == DeadlineKind::Truce).map(|d| d.date).max())
            .flatten();
        Takeaways {
            updated,
            current_us: data.rate_on(Series::Us, updated),
            current_china: data.rate_on(Series::China, updated),
            peak_us: peak(Series::Us),
            peak_china: peak(Series::China),
            largest_jump,
            truce_ends,
            truce_passed,
        }
    }
}

/// One key figure as the reader sees it: a short label and a sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    pub label: &'static str,
    pub text: String,
}

impl Takeaways {
    /// The figures as sentences in `lang`.
    pub fn lines(&self, lang: Lang) -> Vec<Line> {
        let s = lang.strings();
        let pct = |r| i18n::format_percent(r, lang);
        let date = |d| i18n::format_date(d, lang);
        let fill = i18n::fill;
        let mut lines = vec![
            Line {
                label: s.now_label,
                text: fill(
                    s.now_text,
                    &[
                        ("{us}", pct(self.current_us)),
                        ("{china}", pct(self.current_china)),
                        ("{date}", date(self.updated)),
                    ],
                ),
            },
            Line {
                label: s.peak_label,
                text: fill(
                    s.peak_text,
                    &[
                        ("{us}", pct(self.peak_us.rate)),
                        ("{us_date}", date(self.peak_us.date)),
                        ("{china}", pct(self.peak_china.rate)),
                        ("{china_date}", date(self.peak_china.date)),
                    ],
                ),
            },
        ];
        if let Some(j) = self.largest_jump {
            let who = match j.series {
                Series::Us => s.us_series_long,
                Series::China => s.china_series_long,
            };
            lines.push(Line {
                label: s.jump_label,
                text: fill(
                    s.jump_text,
                    &[
                        ("{points}", i18n::format_number(j.to - j.from, lang)),
                        ("{who}", who.to_owned()),
                        ("{date}", date(j.date)),
                        ("{from}", pct(j.from)),
                        ("{to}", pct(j.to)),
                    ],
                ),
            });
        }
        let truce = match (self.truce_ends, self.truce_passed) {
            (Some(end), _) => Some((s.truce_text, end)),
            (None, Some(due)) => Some((s.truce_passed_text, due)),
            (None, None) => None,
        };
        if let Some((template, day)) = truce {
            lines.push(Line {
                label: s.truce_label,
                text: fill(template, &[("{date}", date(day)), ("{updated}", date(self.updated))]),
            });
        }
        lines
    }
}

/// The subtitle, its `{start}` and `{updated}` filled with months: "…from January 2025 to
/// May 2026…" says no more than the data (cut to `as of`) holds.
pub fn subtitle(data: &Dataset, lang: Lang) -> String {
    let month = |d| i18n::format_month(d, lang);
    i18n::fill(
        data.meta.subtitle.get(lang),
        &[("{start}", month(data.meta.start)), ("{updated}", month(data.meta.updated))],
    )
}

/// A text alternative for the chart, generated from the data: what it shows, the
/// current values and the peaks.
pub fn chart_text_alternative(data: &Dataset, lang: Lang) -> String {
    let t = Takeaways::of(data);
    let s = lang.strings();
    let pct = |r| i18n::format_percent(r, lang);
    let date = |d| i18n::format_date(d, lang);
    i18n::fill(
        s.chart_text_alt,
        &[
            ("{start}", date(data.meta.start)),
            ("{end}", date(data.meta.updated)),
            ("{us_long}", s.us_series_long.to_owned()),
            ("{us_now}", pct(t.current_us)),
            ("{us_peak_date}", date(t.peak_us.date)),
            ("{us_peak}", pct(t.peak_us.rate)),
            ("{china_long}", s.china_series_long.to_owned()),
            ("{china_now}", pct(t.current_china)),
            ("{china_peak_date}", date(t.peak_china.date)),
            ("{china_peak}", pct(t.peak_china.rate)),
        ],
    )
}
