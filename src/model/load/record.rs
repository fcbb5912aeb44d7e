//! What every file reader shares: where a record and its fields are, and the checks of
//! single values (required, dates, keywords, texts, sources) that report problems there.

use toml::Spanned;

use super::{DataError, leak_str};
use crate::model::dataset::{Keyword, Source, Text};
use crate::model::date::Date;

/// A field of a TOML table as read, with where its value sits.
pub type Field = Option<Spanned<String>>;

/// A checked record and the line it starts on (for the checks across files).
pub type Lined<T> = (T, usize);

/// Where a record's values sit in its file.
#[derive(Clone, Copy)]
pub enum Pos<'a> {
    /// A row of a CSV file: every field is on the row's line.
    Row(usize),
    /// A table of a TOML file: values carry their own byte offsets; a missing one is
    /// reported at the table's start.
    Table { text: &'a str, start: usize },
}

/// One record being checked: its file, its name in messages and where it is.
pub struct Rec<'a> {
    pub file: &'a str,
    pub name: String,
    pub pos: Pos<'a>,
}

/// A value as read: its text, if present, and its byte offset in a TOML file.
#[derive(Clone, Copy)]
pub struct Val<'v> {
    pub text: Option<&'v str>,
    pub at: Option<usize>,
}

impl<'v> From<&'v Field> for Val<'v> {
    fn from(f: &'v Field) -> Val<'v> {
        Val { text: f.as_ref().map(|s| s.get_ref().as_str()), at: f.as_ref().map(|s| s.span().start) }
    }
}

impl<'v> From<Option<&'v str>> for Val<'v> {
    fn from(text: Option<&'v str>) -> Val<'v> {
        Val { text, at: None }
    }
}

impl Rec<'_> {
    /// The line the record starts on.
    pub fn line(&self) -> usize {
        self.line_at(None)
    }

    /// The line of a byte offset of the file, or the record's line.
    pub fn line_at(&self, at: Option<usize>) -> usize {
        match self.pos {
            Pos::Row(line) => line,
            Pos::Table { text, start } => line_of(text, at.unwrap_or(start)),
        }
    }
}

pub fn line_of(text: &str, byte: usize) -> usize {
    text[..byte.min(text.len())].matches('\n').count() + 1
}

/// The error list and what the checks need to know about the dataset as a whole.
pub struct Ctx {
    pub errs: Vec<DataError>,
    /// Whether Chinese is a published language, so every text needs a translation.
    pub zh: bool,
}

impl Ctx {
    pub fn err(&mut self, rec: &Rec, field: &str, at: Option<usize>, reason: impl Into<String>) {
        self.errs.push(DataError::new(rec.file, rec.line_at(at), &rec.name, field, reason));
    }

    pub fn required<'v>(&mut self, rec: &Rec, field: &str, v: Val<'v>) -> Option<&'v str> {
        match v.text.map(str::trim) {
            Some(t) if !t.is_empty() => Some(t),
            _ => {
                self.err(rec, field, v.at, "is missing or empty");
                None
            }
        }
    }

    /// A date that must be present.
    pub fn date(&mut self, rec: &Rec, field: &str, v: Val) -> Option<Date> {
        let text = self.required(rec, field, v)?;
        Date::parse(text).map_err(|e| self.err(rec, field, v.at, format!("\"{text}\" {e}"))).ok()
    }

    /// A date that may be left out.
    pub fn optional_date(&mut self, rec: &Rec, field: &str, v: Val) -> Option<Date> {
        v.text.and_then(|_| self.date(rec, field, v))
    }

    pub fn text(&mut self, rec: &Rec, field: &str, en: Val, zh: Val) -> Text {
        let en_text = self.required(rec, field, en).unwrap_or_default();
        let zh_text = zh.text.map(str::trim).unwrap_or_default();
        if self.zh && zh_text.is_empty() {
            // Point at the English text: the translation goes next to it.
            self.err(rec, &format!("{field}_zh"), en.at, "missing Chinese translation");
        }
        Text { en: leak_str(en_text), zh: leak_str(zh_text) }
    }

    /// A text that may be left out (empty), but is checked like any other when present.
    pub fn optional_text(&mut self, rec: &Rec, field: &str, en: Val, zh: Val) -> Text {
        match en.text {
            Some(_) => self.text(rec, field, en, zh),
            None => Text { en: "", zh: "" },
        }
    }

    pub fn keyword<T: Keyword>(&mut self, rec: &Rec, field: &str, v: Val) -> Option<T> {
        let key = self.required(rec, field, v)?;
        let found = T::from_key(key);
        if found.is_none() {
            let expected: Vec<_> = T::ALL.iter().map(|k| k.key()).collect();
            let reason = format!("unknown value \"{key}\" (expected one of: {})", expected.join(", "));
            self.err(rec, field, v.at, reason);
        }
        found
    }

    pub fn source(&mut self, rec: &Rec, field: &str, name: Val, url: Val) -> Option<Source> {
        let name_text = self.required(rec, field, name);
        let url_text = self.required(rec, field, url);
        let (name_text, url_text) = (name_text?, url_text?);
        if !is_https_url(url_text) {
            let reason = format!("source link \"{url_text}\" must be a full https:// address");
            self.err(rec, field, url.at, reason);
            return None;
        }
        Some(Source { name: leak_str(name_text), url: leak_str(url_text) })
    }

    /// Reports a problem with a file as a whole (a syntax error).
    pub fn syntax(&mut self, file: &str, line: usize, reason: impl Into<String>) {
        self.errs.push(DataError::new(file, line, "", "", reason));
    }

    /// Parses a TOML file, reporting a syntax error with its line.
    pub fn parse_toml<T: serde::de::DeserializeOwned>(&mut self, file: &str, text: &str) -> Option<T> {
        toml::from_str(text)
            .map_err(|e| self.syntax(file, e.span().map_or(1, |s| line_of(text, s.start)), e.message().trim()))
            .ok()
    }
}

fn is_https_url(url: &str) -> bool {
    url.strip_prefix("https://").is_some_and(|rest| {
        let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
        host.contains('.') && !rest.contains(char::is_whitespace)
    })
}

pub fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
        && !id.ends_with('-')
}
