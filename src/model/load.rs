//! Reads and checks the human-edited data files (`src/data/`). Runs at build time (from
//! `build.rs`) and in host tests; never in the browser. Every problem is reported with
//! file, line, field and reason, and all of them are collected before the build stops.

use std::collections::HashSet;
use std::fmt;

use serde::Deserialize;

use super::dataset::{
    Category, Confidence, Dataset, DateKind, Deadline, DeadlineKind, Event, Keyword, Meta, Precision, RateStep,
    Revision, Series, Source, Text,
};
use super::date::Date;

/// The highest rate the data may hold, in percent: anything above is a typing error.
pub const MAX_RATE: f64 = 1000.0;

/// The four data files, as text, with the names used in messages.
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
    /// What the problem is in, e.g. "event `geneva-talks`".
    pub record: String,
    pub field: String,
    pub reason: String,
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
    let mut errs = Vec::new();
    let meta = read_meta(files.meta, &mut errs);
    let mut ctx = Ctx { errs, zh: meta.as_ref().is_some_and(|m| m.zh) };
    let (events, event_ids) = read_events(files.events, &mut ctx);
    let steps = read_rates(files.rates, &mut ctx);
    let deadlines = read_deadlines(files.deadlines, &mut ctx);
    let meta = meta.and_then(|m| m.finish(files.meta, &mut ctx));

    if let (Some(meta), Some(event_ids)) = (&meta, &event_ids) {
        check_links(files, meta, (&events, event_ids), &steps, &deadlines, &mut ctx);
    }
    // Global date order lets an `as of` cut be a prefix of each list.
    let mut steps = steps;
    steps.sort_by_key(|(s, _)| s.date);
    let mut deadlines = deadlines;
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

fn leak<T>(items: Vec<T>) -> &'static [T] {
    Vec::leak(items)
}

fn leak_str(s: &str) -> &'static str {
    String::leak(s.to_owned())
}

/// The error list and what the checks need to know about the dataset as a whole.
struct Ctx {
    errs: Vec<DataError>,
    /// Whether Chinese is a published language, so every text needs a translation.
    zh: bool,
}

/// Where a record starts, for messages.
#[derive(Clone, Copy)]
struct At<'a> {
    file: &'a str,
    text: &'a str,
    /// Byte range of the record in `text` (TOML), or its line (CSV: `start` = line).
    start: usize,
    end: usize,
    csv: bool,
}

impl At<'_> {
    fn line(&self) -> usize {
        if self.csv { self.start } else { line_of(self.text, self.start) }
    }

    /// The line of `field = …` inside the record, or the record's first line.
    fn field_line(&self, field: &str) -> usize {
        if self.csv {
            return self.start;
        }
        let record = &self.text[self.start..self.end.min(self.text.len())];
        let mut offset = 0;
        for line in record.split_inclusive('\n') {
            let t = line.trim_start();
            if t.strip_prefix(field).is_some_and(|rest| rest.trim_start().starts_with('=')) {
                return line_of(self.text, self.start + offset);
            }
            offset += line.len();
        }
        self.line()
    }
}

fn line_of(text: &str, byte: usize) -> usize {
    text[..byte.min(text.len())].matches('\n').count() + 1
}

impl Ctx {
    fn err(&mut self, at: &At, record: &str, field: &str, reason: impl Into<String>) {
        self.errs.push(DataError {
            file: at.file.to_owned(),
            line: at.field_line(field),
            record: record.to_owned(),
            field: field.to_owned(),
            reason: reason.into(),
        });
    }

    fn date(&mut self, at: &At, record: &str, field: &str, value: &str) -> Option<Date> {
        Date::parse(value).map_err(|e| self.err(at, record, field, format!("\"{value}\" {e}"))).ok()
    }

    fn required<'v>(&mut self, at: &At, record: &str, field: &str, value: &'v Option<String>) -> Option<&'v str> {
        match value.as_deref().map(str::trim) {
            Some(v) if !v.is_empty() => Some(v),
            _ => {
                self.err(at, record, field, "is missing or empty");
                None
            }
        }
    }

    fn text(&mut self, at: &At, record: &str, field: &str, en: &Option<String>, zh: &Option<String>) -> Text {
        let en = self.required(at, record, field, en).unwrap_or_default();
        let zh = zh.as_deref().map(str::trim).unwrap_or_default();
        if self.zh && zh.is_empty() {
            // Point at the English text: the translation goes next to it.
            self.errs.push(DataError {
                file: at.file.to_owned(),
                line: at.field_line(field),
                record: record.to_owned(),
                field: format!("{field}_zh"),
                reason: "missing Chinese translation".to_owned(),
            });
        }
        Text { en: leak_str(en), zh: leak_str(zh) }
    }

    /// A text that may be left out (empty), but is checked like any other when present.
    fn optional_text(&mut self, at: &At, record: &str, field: &str, en: &Option<String>, zh: &Option<String>) -> Text {
        match en {
            Some(_) => self.text(at, record, field, en, zh),
            None => Text { en: "", zh: "" },
        }
    }

    fn keyword<T: Keyword>(&mut self, at: &At, record: &str, field: &str, value: &Option<String>) -> Option<T> {
        let v = self.required(at, record, field, value)?;
        let found = T::from_key(v);
        if found.is_none() {
            let expected: Vec<_> = T::ALL.iter().map(|k| k.key()).collect();
            self.err(at, record, field, format!("unknown value \"{v}\" (expected one of: {})", expected.join(", ")));
        }
        found
    }

    fn source(
        &mut self,
        at: &At,
        record: &str,
        field: &str,
        name: &Option<String>,
        url: &Option<String>,
    ) -> Option<Source> {
        let name = self.required(at, record, field, name);
        let url = self.required(at, record, field, url);
        let (name, url) = (name?, url?);
        if !is_https_url(url) {
            self.err(at, record, field, format!("source link \"{url}\" must be a full https:// address"));
            return None;
        }
        Some(Source { name: leak_str(name), url: leak_str(url) })
    }

    /// Reports a TOML or CSV syntax error.
    fn syntax(&mut self, file: &str, line: usize, reason: impl Into<String>) {
        let reason = reason.into();
        self.errs.push(DataError { file: file.to_owned(), line, record: String::new(), field: String::new(), reason });
    }
}

fn is_https_url(url: &str) -> bool {
    url.strip_prefix("https://").is_some_and(|rest| {
        let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
        host.contains('.') && !rest.contains(char::is_whitespace)
    })
}

fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
        && !id.ends_with('-')
}

// ---- meta.toml ----

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMeta {
    languages: Option<Vec<String>>,
    start: Option<String>,
    updated: Option<String>,
    title: Option<String>,
    title_zh: Option<String>,
    subtitle: Option<String>,
    subtitle_zh: Option<String>,
    credits: Option<String>,
    credits_zh: Option<String>,
    definitions: Option<String>,
    definitions_zh: Option<String>,
    methodology: Option<String>,
    methodology_zh: Option<String>,
    #[serde(default)]
    revision: Vec<toml::Spanned<RawRevision>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRevision {
    date: Option<String>,
    note: Option<String>,
    note_zh: Option<String>,
}

/// meta.toml as read, checked once the other files are known.
struct MetaDraft {
    raw: RawMeta,
    /// Whether Chinese is published (`languages` lists "zh").
    zh: bool,
}

fn parse_toml<T: serde::de::DeserializeOwned>(file: &str, text: &str, errs: &mut Vec<DataError>) -> Option<T> {
    toml::from_str(text)
        .map_err(|e| {
            let line = e.span().map_or(1, |s| line_of(text, s.start));
            let reason = e.message().trim().to_owned();
            errs.push(DataError { file: file.to_owned(), line, record: String::new(), field: String::new(), reason });
        })
        .ok()
}

fn read_meta((file, text): (&str, &str), errs: &mut Vec<DataError>) -> Option<MetaDraft> {
    let raw: RawMeta = parse_toml(file, text, errs)?;
    let languages = raw.languages.clone().unwrap_or_else(|| vec!["en".to_owned()]);
    for lang in &languages {
        if lang != "en" && lang != "zh" {
            let at = At { file, text, start: 0, end: text.len(), csv: false };
            errs.push(DataError {
                file: file.to_owned(),
                line: at.field_line("languages"),
                record: String::new(),
                field: "languages".to_owned(),
                reason: format!("unknown language \"{lang}\" (expected en, zh)"),
            });
        }
    }
    let zh = languages.iter().any(|l| l == "zh");
    Some(MetaDraft { raw, zh })
}

impl MetaDraft {
    fn finish(self, (file, text): (&str, &str), ctx: &mut Ctx) -> Option<Meta> {
        let at = At { file, text, start: 0, end: text.len(), csv: false };
        let r = &self.raw;
        // Top-level keys precede the first [[revision]] table.
        let top = At { end: text.find("[[revision]]").unwrap_or(text.len()), ..at };
        let start = ctx.required(&top, "", "start", &r.start).and_then(|v| ctx.date(&top, "", "start", v));
        let updated = ctx.required(&top, "", "updated", &r.updated).and_then(|v| ctx.date(&top, "", "updated", v));
        if let (Some(s), Some(u)) = (start, updated)
            && u < s
        {
            ctx.err(&top, "", "updated", format!("{u} is before start {s}"));
        }
        let title = ctx.text(&top, "", "title", &r.title, &r.title_zh);
        let subtitle = ctx.text(&top, "", "subtitle", &r.subtitle, &r.subtitle_zh);
        let credits = ctx.text(&top, "", "credits", &r.credits, &r.credits_zh);
        let definitions = ctx.text(&top, "", "definitions", &r.definitions, &r.definitions_zh);
        let methodology = ctx.text(&top, "", "methodology", &r.methodology, &r.methodology_zh);
        let mut revisions = Vec::new();
        for (rev, (start, end)) in r.revision.iter().zip(extents(&r.revision, text.len())) {
            let at = At { file, text, start, end, csv: false };
            let v = rev.get_ref();
            let date =
                ctx.required(&at, "revision", "date", &v.date).and_then(|d| ctx.date(&at, "revision", "date", d));
            let note = ctx.text(&at, "revision", "note", &v.note, &v.note_zh);
            if let Some(date) = date {
                revisions.push(Revision { date, note });
            }
        }
        Some(Meta {
            start: start?,
            updated: updated?,
            title,
            subtitle,
            credits,
            definitions,
            methodology,
            revisions: leak(revisions),
        })
    }
}

// ---- events.toml ----

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEvents {
    #[serde(default)]
    event: Vec<toml::Spanned<RawEvent>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEvent {
    id: Option<String>,
    date: Option<String>,
    end: Option<String>,
    date_precision: Option<String>,
    date_kind: Option<String>,
    category: Option<String>,
    confidence: Option<String>,
    #[serde(default)]
    actors: Vec<String>,
    headline: Option<String>,
    headline_zh: Option<String>,
    summary: Option<String>,
    summary_zh: Option<String>,
    #[serde(default)]
    sources: Vec<RawSource>,
    chart_label: Option<String>,
    chart_label_zh: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSource {
    name: Option<String>,
    url: Option<String>,
}

/// A checked record and the line it starts on (for the cross-file checks).
type Lined<T> = (T, usize);

/// Where each table of an array starts and ends: a table runs to the next one's start.
fn extents<T>(tables: &[toml::Spanned<T>], text_len: usize) -> Vec<(usize, usize)> {
    let starts: Vec<usize> = tables.iter().map(|t| t.span().start).collect();
    starts.iter().enumerate().map(|(i, &s)| (s, starts.get(i + 1).copied().unwrap_or(text_len))).collect()
}

/// The checked events, and the ids of all events (`None` when the file did not parse).
fn read_events((file, text): (&str, &str), ctx: &mut Ctx) -> (Vec<Lined<Event>>, Option<HashSet<String>>) {
    let Some(raw) = parse_toml::<RawEvents>(file, text, &mut ctx.errs) else {
        return (Vec::new(), None);
    };
    // Ids of every event, valid or not, so that a broken event does not also break the
    // rate steps and deadlines that point at it.
    let ids = Some(raw.event.iter().filter_map(|e| e.get_ref().id.clone()).collect());
    let mut out = Vec::new();
    for (spanned, (start, end)) in raw.event.iter().zip(extents(&raw.event, text.len())) {
        let at = At { file, text, start, end, csv: false };
        let r = spanned.get_ref();
        let record = match r.id.as_deref() {
            Some(id) => format!("event `{id}`"),
            None => "event".to_owned(),
        };
        let id = ctx.required(&at, &record, "id", &r.id).map(str::to_owned);
        if let Some(id) = &id
            && !is_slug(id)
        {
            ctx.err(&at, &record, "id", format!("\"{id}\" must be a slug: lower-case letters, digits and hyphens"));
        }
        let date = ctx.required(&at, &record, "date", &r.date).and_then(|d| ctx.date(&at, &record, "date", d));
        let end = r.end.as_deref().and_then(|d| ctx.date(&at, &record, "end", d));
        if let (Some(d), Some(e)) = (date, end)
            && e < d
        {
            ctx.err(&at, &record, "end", format!("{e} is before the event's date {d}"));
        }
        let precision = match &r.date_precision {
            None => Some(Precision::Day),
            p => ctx.keyword::<Precision>(&at, &record, "date_precision", p),
        };
        if precision == Some(Precision::Month)
            && let Some(d) = date
            && d.ymd().2 != 1
        {
            ctx.err(&at, &record, "date", "a date known only to the month is written as the 1st of that month");
        }
        let date_kind = ctx.keyword::<DateKind>(&at, &record, "date_kind", &r.date_kind);
        let category = ctx.keyword::<Category>(&at, &record, "category", &r.category);
        let confidence = match r.confidence.as_deref() {
            Some("low") => {
                ctx.err(&at, &record, "confidence", "low-confidence facts are left out of the graphic");
                None
            }
            _ => ctx.keyword::<Confidence>(&at, &record, "confidence", &r.confidence),
        };
        let headline = ctx.text(&at, &record, "headline", &r.headline, &r.headline_zh);
        let summary = ctx.text(&at, &record, "summary", &r.summary, &r.summary_zh);
        if r.sources.is_empty() {
            ctx.err(&at, &record, "sources", "needs at least one source");
        }
        let sources: Vec<_> =
            r.sources.iter().filter_map(|s| ctx.source(&at, &record, "sources", &s.name, &s.url)).collect();
        let chart_label = ctx.optional_text(&at, &record, "chart_label", &r.chart_label, &r.chart_label_zh);
        let actors: Vec<_> = r.actors.iter().map(|a| leak_str(a.trim())).collect();
        if let (Some(id), Some(date), Some(precision), Some(date_kind), Some(category), Some(confidence)) =
            (id, date, precision, date_kind, category, confidence)
        {
            let event = Event {
                id: leak_str(&id),
                date,
                end,
                precision,
                date_kind,
                category,
                confidence,
                actors: leak(actors),
                headline,
                summary,
                sources: leak(sources),
                chart_label,
            };
            out.push((event, at.line()));
        }
    }
    (out, ids)
}

// ---- rates.csv ----

fn read_rates((file, text): (&str, &str), ctx: &mut Ctx) -> Vec<Lined<RateStep>> {
    const COLUMNS: [&str; 7] = ["series", "date", "rate", "legal_basis", "source_name", "source_url", "event"];
    let mut reader = csv::ReaderBuilder::new().trim(csv::Trim::All).from_reader(text.as_bytes());
    let headers = match reader.headers() {
        Ok(h) => h.clone(),
        Err(e) => {
            ctx.syntax(file, 1, e.to_string());
            return Vec::new();
        }
    };
    let col = |name: &str| headers.iter().position(|h| h == name);
    for name in COLUMNS {
        if col(name).is_none() {
            ctx.errs.push(DataError {
                file: file.to_owned(),
                line: 1,
                record: String::new(),
                field: name.to_owned(),
                reason: "column is missing from the header row".to_owned(),
            });
        }
    }
    if !ctx.errs.iter().all(|e| e.file != file) {
        return Vec::new();
    }
    let zh_col = col("legal_basis_zh");
    let mut out = Vec::new();
    for row in reader.records() {
        let row = match row {
            Ok(row) => row,
            Err(e) => {
                let line = e.position().map_or(1, |p| p.line() as usize);
                ctx.syntax(file, line, e.to_string());
                continue;
            }
        };
        let line = row.position().map_or(1, |p| p.line() as usize);
        let at = At { file, text, start: line, end: line, csv: true };
        let get = |name: &str| col(name).and_then(|i| row.get(i)).map(str::to_owned);
        let record = format!("{} step", get("series").unwrap_or_default());
        let series = ctx.keyword::<Series>(&at, &record, "series", &get("series"));
        let date = ctx.required(&at, &record, "date", &get("date")).and_then(|d| ctx.date(&at, &record, "date", d));
        let rate = ctx.required(&at, &record, "rate", &get("rate")).and_then(|v| {
            let rate = v.trim_end_matches('%').trim().parse::<f64>().ok().filter(|r| r.is_finite());
            match rate {
                None => ctx.err(&at, &record, "rate", format!("\"{v}\" is not a number")),
                Some(r) if r < 0.0 => ctx.err(&at, &record, "rate", format!("{r} is negative")),
                Some(r) if r > MAX_RATE => {
                    ctx.err(&at, &record, "rate", format!("{r}% is above {MAX_RATE}%: check the figure"))
                }
                Some(_) => {}
            }
            rate.filter(|r| (0.0..=MAX_RATE).contains(r))
        });
        let legal_basis = ctx.text(
            &at,
            &record,
            "legal_basis",
            &get("legal_basis"),
            &zh_col.and_then(|i| row.get(i)).map(str::to_owned),
        );
        let source = ctx.source(&at, &record, "source_url", &get("source_name"), &get("source_url"));
        let event = ctx.required(&at, &record, "event", &get("event")).map(leak_str);
        if let (Some(series), Some(date), Some(rate), Some(source), Some(event)) = (series, date, rate, source, event) {
            out.push((RateStep { series, date, rate, legal_basis, source, event }, line));
        }
    }
    out
}

// ---- deadlines.toml ----

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDeadlines {
    #[serde(default)]
    deadline: Vec<toml::Spanned<RawDeadline>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDeadline {
    id: Option<String>,
    date: Option<String>,
    kind: Option<String>,
    known_from: Option<String>,
    set_by: Option<String>,
    ended_by: Option<String>,
    label: Option<String>,
    label_zh: Option<String>,
    chart_label: Option<String>,
    chart_label_zh: Option<String>,
}

fn read_deadlines((file, text): (&str, &str), ctx: &mut Ctx) -> Vec<Lined<Deadline>> {
    let Some(raw) = parse_toml::<RawDeadlines>(file, text, &mut ctx.errs) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for (spanned, (start, end)) in raw.deadline.iter().zip(extents(&raw.deadline, text.len())) {
        let at = At { file, text, start, end, csv: false };
        let r = spanned.get_ref();
        let record = format!("deadline `{}`", r.id.as_deref().unwrap_or_default());
        let id = ctx.required(&at, &record, "id", &r.id).map(leak_str);
        let date = ctx.required(&at, &record, "date", &r.date).and_then(|d| ctx.date(&at, &record, "date", d));
        let known_from = ctx
            .required(&at, &record, "known_from", &r.known_from)
            .and_then(|d| ctx.date(&at, &record, "known_from", d));
        if let (Some(d), Some(k)) = (date, known_from)
            && k >= d
        {
            ctx.err(&at, &record, "known_from", format!("{k} is not before the deadline {d}"));
        }
        let kind = ctx.keyword::<DeadlineKind>(&at, &record, "kind", &r.kind);
        let set_by = ctx.required(&at, &record, "set_by", &r.set_by).map(leak_str);
        let ended_by = r.ended_by.as_deref().map(str::trim).filter(|s| !s.is_empty()).map(leak_str);
        let label = ctx.text(&at, &record, "label", &r.label, &r.label_zh);
        let chart_label = ctx.optional_text(&at, &record, "chart_label", &r.chart_label, &r.chart_label_zh);
        if let (Some(id), Some(date), Some(kind), Some(known_from), Some(set_by)) = (id, date, kind, known_from, set_by)
        {
            let deadline = Deadline { id, date, kind, known_from, set_by, ended_by, label, chart_label };
            out.push((deadline, at.line()));
        }
    }
    out
}

// ---- checks across records and files ----

fn check_links(
    files: &Files,
    meta: &Meta,
    (events, event_ids): (&[Lined<Event>], &HashSet<String>),
    steps: &[Lined<RateStep>],
    deadlines: &[Lined<Deadline>],
    ctx: &mut Ctx,
) {
    let err = |ctx: &mut Ctx, file: &str, line: usize, record: String, field: &str, reason: String| {
        ctx.errs.push(DataError { file: file.to_owned(), line, record, field: field.to_owned(), reason });
    };
    let ev_file = files.events.0;
    let mut seen = HashSet::new();
    let mut previous: Option<Date> = None;
    for (e, line) in events {
        let record = format!("event `{}`", e.id);
        if !seen.insert(e.id) {
            err(ctx, ev_file, *line, record.clone(), "id", format!("duplicate id \"{}\"", e.id));
        }
        if e.date < meta.start || e.date > meta.updated {
            let reason = format!(
                "{} is outside the dataset's range {} to {} (meta.toml start/updated)",
                e.date, meta.start, meta.updated
            );
            err(ctx, ev_file, *line, record.clone(), "date", reason);
        }
        if previous.is_some_and(|p| e.date < p) {
            err(
                ctx,
                ev_file,
                *line,
                record,
                "date",
                format!("{} is out of date order (events are kept in date order)", e.date),
            );
        }
        previous = Some(e.date);
    }
    let event_date = |id: &str| events.iter().find(|(e, _)| e.id == id).map(|(e, _)| e.date);

    let rates_file = files.rates.0;
    for series in Series::ALL {
        let mut previous: Option<Date> = None;
        for (s, line) in steps.iter().filter(|(s, _)| s.series == *series) {
            let record = format!("{} step", series.key());
            if previous.is_some_and(|p| s.date <= p) {
                err(
                    ctx,
                    rates_file,
                    *line,
                    record.clone(),
                    "date",
                    format!("{} is not after the previous {} step", s.date, series.key()),
                );
            }
            previous = Some(s.date);
            if s.date < meta.start || s.date > meta.updated {
                let reason = format!("{} is outside the dataset's range {} to {}", s.date, meta.start, meta.updated);
                err(ctx, rates_file, *line, record.clone(), "date", reason);
            }
            if !event_ids.contains(s.event) {
                err(ctx, rates_file, *line, record, "event", format!("no event has the id \"{}\"", s.event));
            }
        }
        if previous.is_none() {
            err(ctx, rates_file, 1, String::new(), "series", format!("no steps for the series \"{}\"", series.key()));
        }
    }

    let dl_file = files.deadlines.0;
    let mut seen = HashSet::new();
    for (d, line) in deadlines {
        let record = format!("deadline `{}`", d.id);
        if !seen.insert(d.id) {
            err(ctx, dl_file, *line, record.clone(), "id", format!("duplicate id \"{}\"", d.id));
        }
        match event_date(d.set_by) {
            None if event_ids.contains(d.set_by) => {}
            None => err(ctx, dl_file, *line, record.clone(), "set_by", format!("no event has the id \"{}\"", d.set_by)),
            Some(set) if set > d.known_from => {
                let reason = format!("known_from {} is before the event that set it ({set})", d.known_from);
                err(ctx, dl_file, *line, record.clone(), "known_from", reason);
            }
            Some(_) => {}
        }
        if let Some(ended) = d.ended_by
            && !event_ids.contains(ended)
        {
            err(ctx, dl_file, *line, record, "ended_by", format!("no event has the id \"{ended}\""));
        }
    }
}

#[cfg(test)]
mod tests;
