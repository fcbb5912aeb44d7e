//! Reads and checks the human-edited data files (`src/data/`). Runs at build time (from
//! `build.rs`), in host tests and in the host export tool; never in the browser. Every
//! problem is reported with file, line, field and reason, and all of them are collected
//! before the build stops.

mod deadlines;
mod events;
mod links;
mod meta;
mod rates;
mod record;

use std::fmt;
use std::path::Path;

use super::dataset::Dataset;
use record::Ctx;

/// The highest rate the data may hold, in percent: anything above is a typing error.
pub const MAX_RATE: f64 = 1000.0;

/// The names of the four data files in a data folder.
pub const FILE_NAMES: [&str; 4] = ["meta.toml", "events.toml", "rates.csv", "deadlines.toml"];

/// The four data files, as (name used in messages, text).
pub struct Files<'a> {
    pub meta: (&'a str, &'a str),
    pub events: (&'a str, &'a str),
    pub rates: (&'a str, &'a str),
    pub deadlines: (&'a str, &'a str),
}

/// One problem in the data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataError {
    pub file: String,
    pub line: usize,
    /// What the problem is in, e.g. "event `geneva-talks`" (empty: the file as a whole).
    pub record: String,
    /// Empty when the problem is not in one field (a syntax error).
    pub field: String,
    pub reason: String,
}

impl DataError {
    pub fn new(file: &str, line: usize, record: &str, field: &str, reason: impl Into<String>) -> DataError {
        DataError {
            file: file.to_owned(),
            line,
            record: record.to_owned(),
            field: field.to_owned(),
            reason: reason.into(),
        }
    }
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: ", self.file, self.line)?;
        match (self.record.is_empty(), self.field.is_empty()) {
            (true, true) => {}
            (true, false) => write!(f, "field `{}`: ", self.field)?,
            (false, true) => write!(f, "{}: ", self.record)?,
            (false, false) => write!(f, "{}, field `{}`: ", self.record, self.field)?,
        }
        f.write_str(&self.reason)
    }
}

/// Reads, checks and links the data files. The strings of the result are leaked: this runs
/// once per build or test, and the result mirrors the `'static` constants of the graphic.
pub fn load(files: &Files) -> Result<Dataset, Vec<DataError>> {
    let mut ctx = Ctx { errs: Vec::new(), zh: false };
    let meta = meta::read(files.meta, &mut ctx);
    let (events, event_ids) = events::read(files.events, &mut ctx);
    let mut steps = rates::read(files.rates, &mut ctx);
    let mut deadlines = deadlines::read(files.deadlines, &mut ctx);
    if let (Some(meta), Some(event_ids)) = (&meta, &event_ids) {
        let linked = links::Linked { meta, events: &events, event_ids, steps: &steps, deadlines: &deadlines };
        linked.check(files, &mut ctx);
    }
    // Global date order lets an `as of` cut be a prefix of each list.
    steps.sort_by_key(|(s, _)| s.date);
    deadlines.sort_by_key(|(d, _)| d.known_from);
    match meta {
        Some(meta) if ctx.errs.is_empty() => Ok(Dataset {
            meta,
            events: leak(events.into_iter().map(|(e, _)| e).collect()),
            steps: leak(steps.into_iter().map(|(s, _)| s).collect()),
            deadlines: leak(deadlines.into_iter().map(|(d, _)| d).collect()),
        }),
        _ => Err(ctx.errs),
    }
}

/// Reads the four files of a data folder and loads them.
pub fn load_dir(dir: &Path) -> Result<Dataset, Vec<DataError>> {
    let mut texts = Vec::new();
    for name in FILE_NAMES {
        let path = dir.join(name);
        let text = std::fs::read_to_string(&path)
            .map_err(|e| vec![DataError::new(&path.display().to_string(), 1, "", "", format!("cannot read: {e}"))])?;
        texts.push((path.display().to_string(), text));
    }
    let pair = |i: usize| (texts[i].0.as_str(), texts[i].1.as_str());
    load(&Files { meta: pair(0), events: pair(1), rates: pair(2), deadlines: pair(3) })
}

fn leak<T>(items: Vec<T>) -> &'static [T] {
    Vec::leak(items)
}

fn leak_str(s: &str) -> &'static str {
    String::leak(s.to_owned())
}

#[cfg(test)]
mod tests;
