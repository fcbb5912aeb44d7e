//! rates.csv: the steps of the two rate series, one row each.

use csv::StringRecord;

use super::MAX_RATE;
use super::leak_str;
use super::record::{Ctx, Lined, Pos, Rec, Val};
use crate::model::dataset::{RateStep, Series};

const COLUMNS: [&str; 7] = ["series", "date", "rate", "legal_basis", "source_name", "source_url", "event"];

pub fn read((file, text): (&str, &str), ctx: &mut Ctx) -> Vec<Lined<RateStep>> {
    let mut reader = csv::ReaderBuilder::new().trim(csv::Trim::All).from_reader(text.as_bytes());
    let headers = match reader.headers() {
        Ok(h) => h.clone(),
        Err(e) => {
            ctx.syntax(file, 1, e.to_string());
            return Vec::new();
        }
    };
    let header = Rec { file, name: String::new(), pos: Pos::Row(1) };
    let missing: Vec<_> = COLUMNS.into_iter().filter(|name| !headers.iter().any(|h| h == *name)).collect();
    for name in &missing {
        ctx.err(&header, name, None, "column is missing from the header row");
    }
    if !missing.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::new();
    for row in reader.records() {
        match row {
            Ok(row) => {
                let line = row.position().map_or(1, |p| p.line() as usize);
                out.extend(read_step(&Row { headers: &headers, row: &row }, file, line, ctx).map(|s| (s, line)));
            }
            Err(e) => ctx.syntax(file, e.position().map_or(1, |p| p.line() as usize), e.to_string()),
        }
    }
    out
}

/// A row with its header, to get cells by column name.
struct Row<'a> {
    headers: &'a StringRecord,
    row: &'a StringRecord,
}

impl Row<'_> {
    fn get(&self, column: &str) -> Val<'_> {
        Val::from(self.headers.iter().position(|h| h == column).and_then(|i| self.row.get(i)))
    }
}

fn read_step(row: &Row, file: &str, line: usize, ctx: &mut Ctx) -> Option<RateStep> {
    let rec = Rec { file, name: format!("{} step", row.get("series").text.unwrap_or_default()), pos: Pos::Row(line) };
    let series = ctx.keyword::<Series>(&rec, "series", row.get("series"));
    let date = ctx.date(&rec, "date", row.get("date"));
    let rate = read_rate(&rec, row.get("rate"), ctx);
    let legal_basis = ctx.text(&rec, "legal_basis", row.get("legal_basis"), row.get("legal_basis_zh"));
    let source = ctx.source(&rec, "source_url", row.get("source_name"), row.get("source_url"));
    let event = ctx.required(&rec, "event", row.get("event")).map(leak_str);
    Some(RateStep { series: series?, date: date?, rate: rate?, legal_basis, source: source?, event: event? })
}

/// A percentage from 0 to `MAX_RATE`; a trailing `%` is allowed.
fn read_rate(rec: &Rec, v: Val, ctx: &mut Ctx) -> Option<f64> {
    let text = ctx.required(rec, "rate", v)?;
    let rate = text.trim_end_matches('%').trim().parse::<f64>().ok().filter(|r| r.is_finite());
    let problem = match rate {
        None => Some(format!("\"{text}\" is not a number")),
        Some(r) if r < 0.0 => Some(format!("{r} is negative")),
        Some(r) if r > MAX_RATE => Some(format!("{r}% is above {MAX_RATE}%: check the figure")),
        Some(_) => None,
    };
    match problem {
        Some(reason) => {
            ctx.err(rec, "rate", None, reason);
            None
        }
        None => rate,
    }
}
