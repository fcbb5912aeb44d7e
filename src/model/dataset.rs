//! The shape of the embedded dataset. Every value is `'static`: the build compiles the
//! data files (`src/data/`) into constants, so start-up parses nothing. On the host each
//! type can write itself out as Rust (`databake::Bake`): that is how `build.rs` emits it.

use super::date::Date;
use super::lang::Lang;

/// A reader-facing text in each language. `zh` is empty until translated.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = crate::model::dataset))]
pub struct Text {
    pub en: &'static str,
    pub zh: &'static str,
}

impl Text {
    /// The text in `lang`, falling back to English while a translation is missing. The
    /// graphic's own dataset has no Chinese, and marks its English: both come from the
    /// installed catalogue (see `translations`).
    pub fn get(&self, lang: Lang) -> &'static str {
        let en = || super::catalogue::english(self.en);
        match lang {
            Lang::Zh if !self.zh.is_empty() => self.zh,
            Lang::Zh => super::catalogue::lookup(self.en).unwrap_or_else(en),
            Lang::En => en(),
        }
    }
}

/// Where a fact comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = crate::model::dataset))]
pub struct Source {
    pub name: &'static str,
    pub url: &'static str,
}

/// A closed set of values named by keywords in the data files.
pub trait Keyword: Copy + Sized + 'static {
    const ALL: &'static [Self];
    fn key(self) -> &'static str;
    fn from_key(key: &str) -> Option<Self>;
}

macro_rules! keyword_enum {
    ($(#[$doc:meta])* $name:ident { $($variant:ident = $key:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = crate::model::dataset))]
        pub enum $name { $($variant),+ }

        impl $name {
            /// Every value, in display order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The keyword used in the data files and in URLs.
            pub fn key(self) -> &'static str {
                match self { $($name::$variant => $key),+ }
            }

            /// The value named by a keyword of the data files.
            pub fn from_key(key: &str) -> Option<$name> {
                match key { $($key => Some($name::$variant),)+ _ => None }
            }
        }

        impl Keyword for $name {
            const ALL: &'static [$name] = $name::ALL;
            fn key(self) -> &'static str {
                $name::key(self)
            }
            fn from_key(key: &str) -> Option<$name> {
                $name::from_key(key)
            }
        }
    };
}

keyword_enum! {
    /// What kind of event it is; shown by colour and by shape.
    Category {
        Tariff = "tariff",
        Retaliation = "retaliation",
        Talks = "talks",
        ExportControls = "export-controls",
        Deadline = "deadline",
        Legal = "legal",
        Other = "other",
    }
}

keyword_enum! {
    /// What the date of an event is.
    DateKind { Announced = "announced", Effective = "effective", Meeting = "meeting", Ruling = "ruling" }
}

keyword_enum! {
    /// How well the sources support an event (low-confidence facts are not in the data).
    Confidence { High = "high", Medium = "medium" }
}

keyword_enum! {
    /// How precisely the date is known. A part of a month is written as its first day:
    /// the 1st (early), the 11th (mid) or the 21st (late), so events sort where they belong.
    Precision {
        Day = "day",
        Month = "month",
        EarlyMonth = "early-month",
        MidMonth = "mid-month",
        LateMonth = "late-month",
    }
}

impl Precision {
    /// The day of the month a date of this precision is written on, if fixed.
    pub fn first_day(self) -> Option<u32> {
        match self {
            Precision::Day => None,
            Precision::Month | Precision::EarlyMonth => Some(1),
            Precision::MidMonth => Some(11),
            Precision::LateMonth => Some(21),
        }
    }
}

keyword_enum! {
    /// The two rate series on the chart.
    Series { Us = "us", China = "china" }
}

keyword_enum! {
    /// What falls due on a deadline.
    DeadlineKind { Truce = "truce", Other = "other" }
}

keyword_enum! {
    /// What the editor says of a deadline that has passed with no event settling it.
    Outcome { Unconfirmed = "unconfirmed" }
}

/// Something that happened, as the timeline shows it.
#[derive(Clone, Copy, Debug, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = crate::model::dataset))]
pub struct Event {
    /// Stable slug, used in links (`#event=<id>`).
    pub id: &'static str,
    pub date: Date,
    /// Last day, for events that span several days.
    pub end: Option<Date>,
    pub precision: Precision,
    pub date_kind: DateKind,
    pub category: Category,
    pub confidence: Confidence,
    /// Who acted, each name in both languages.
    pub actors: &'static [Text],
    pub headline: Text,
    pub summary: Text,
    pub sources: &'static [Source],
    /// Short label of a key moment, annotated on the chart (empty: not annotated).
    pub chart_label: Text,
}

impl Event {
    /// Who acted, as a list in `lang`: "Donald Trump, Xi Jinping" / "特朗普、习近平".
    pub fn actors(&self, lang: Lang) -> String {
        let sep = match lang {
            Lang::En => ", ",
            Lang::Zh => "、",
        };
        self.actors.iter().map(|a| a.get(lang)).collect::<Vec<_>>().join(sep)
    }
}

/// One step of a rate series: `rate` holds from `date` until the next step.
#[derive(Clone, Copy, Debug, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = crate::model::dataset))]
pub struct RateStep {
    pub series: Series,
    pub date: Date,
    /// Percent.
    pub rate: f64,
    pub legal_basis: Text,
    pub source: Source,
    /// Id of the event that caused the step.
    pub event: &'static str,
}

/// A date something is scheduled to fall due.
#[derive(Clone, Copy, Debug, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = crate::model::dataset))]
pub struct Deadline {
    pub id: &'static str,
    pub date: Date,
    pub kind: DeadlineKind,
    /// The day the deadline was set.
    pub known_from: Date,
    /// Event that set it.
    pub set_by: &'static str,
    /// Event that extended, cancelled or otherwise settled it, if any.
    pub ended_by: Option<&'static str>,
    /// Said of a deadline that passed before "updated" with no event settling it.
    pub outcome: Option<Outcome>,
    pub label: Text,
    /// Shorter label for the chart (empty: the label is short enough).
    pub chart_label: Text,
}

/// One line of the revision log.
#[derive(Clone, Copy, Debug, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = crate::model::dataset))]
pub struct Revision {
    pub date: Date,
    pub note: Text,
}

/// A text that holds from a day on, until the next variant: what a note could say then.
#[derive(Clone, Copy, Debug, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = crate::model::dataset))]
pub struct Dated {
    pub from: Date,
    pub text: Text,
}

/// Title, dates and notes that travel with the data.
#[derive(Clone, Copy, Debug, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = crate::model::dataset))]
pub struct Meta {
    pub start: Date,
    /// Data through this day: anything later is shown as scheduled.
    pub updated: Date,
    pub title: Text,
    /// May hold `{start}` and `{updated}`, filled with months (see `takeaways::subtitle`).
    pub subtitle: Text,
    pub credits: Text,
    /// Variants in date order, the first from `start`; the last one applies.
    pub definitions: &'static [Dated],
    /// Variants in date order, the first from `start`; the last one applies.
    pub methodology: &'static [Dated],
    pub revisions: &'static [Revision],
}

impl Meta {
    /// What the two rates include and exclude, as known on "updated".
    pub fn definitions(&self) -> Text {
        latest(self.definitions)
    }

    /// How the data was compiled, as known on "updated".
    pub fn methodology(&self) -> Text {
        latest(self.methodology)
    }
}

fn latest(variants: &[Dated]) -> Text {
    variants.last().map_or(Text { en: "", zh: "" }, |d| d.text)
}

/// Everything the graphic shows. Events and each series' steps are in date order.
#[derive(Clone, Copy, Debug, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = crate::model::dataset))]
pub struct Dataset {
    pub meta: Meta,
    pub events: &'static [Event],
    pub steps: &'static [RateStep],
    pub deadlines: &'static [Deadline],
}

impl Dataset {
    /// The event with this id.
    pub fn event(&self, id: &str) -> Option<&'static Event> {
        self.events.iter().find(|e| e.id == id)
    }

    /// The steps of one series, in date order.
    pub fn series(&self, series: Series) -> impl Iterator<Item = &'static RateStep> + use<> {
        self.steps.iter().filter(move |s| s.series == series)
    }
}
