//! "Get the data": the dataset as `events.csv`, `rates.csv` and `data.json`, written by
//! the build next to the graphic (see `examples/export_data.rs`). Host only.

use serde_json::{Value, json};

use crate::model::dataset::{Dataset, Source, Text};
use crate::model::date::Date;

/// Spreadsheets read a CSV as UTF-8 (Chinese included) only when it starts with a BOM.
const BOM: &str = "\u{feff}";

/// One row per event, with its sources.
pub fn events_csv(data: &Dataset) -> String {
    let header = [
        "id",
        "date",
        "end",
        "date_precision",
        "date_kind",
        "category",
        "confidence",
        "actors",
        "headline",
        "headline_zh",
        "summary",
        "summary_zh",
        "sources",
    ];
    let rows = data.events.iter().map(|e| {
        vec![
            e.id.to_owned(),
            e.date.to_string(),
            e.end.map(|d| d.to_string()).unwrap_or_default(),
            e.precision.key().to_owned(),
            e.date_kind.key().to_owned(),
            e.category.key().to_owned(),
            e.confidence.key().to_owned(),
            e.actors.join("; "),
            e.headline.en.to_owned(),
            e.headline.zh.to_owned(),
            e.summary.en.to_owned(),
            e.summary.zh.to_owned(),
            e.sources.iter().map(|s| format!("{} <{}>", s.name, s.url)).collect::<Vec<_>>().join("\n"),
        ]
    });
    csv_text(&header, rows)
}

/// One row per rate step, with its legal basis and source.
pub fn rates_csv(data: &Dataset) -> String {
    let header = ["series", "date", "rate", "legal_basis", "legal_basis_zh", "source_name", "source_url", "event"];
    let rows = data.steps.iter().map(|s| {
        vec![
            s.series.key().to_owned(),
            s.date.to_string(),
            s.rate.to_string(),
            s.legal_basis.en.to_owned(),
            s.legal_basis.zh.to_owned(),
            s.source.name.to_owned(),
            s.source.url.to_owned(),
            s.event.to_owned(),
        ]
    });
    csv_text(&header, rows)
}

fn csv_text(header: &[&str], rows: impl Iterator<Item = Vec<String>>) -> String {
    let mut w = csv::Writer::from_writer(BOM.as_bytes().to_vec());
    // Writing to memory cannot fail.
    w.write_record(header).expect("in memory");
    for row in rows {
        w.write_record(&row).expect("in memory");
    }
    String::from_utf8(w.into_inner().expect("in memory")).expect("UTF-8 in, UTF-8 out")
}

/// Everything, with the notes that say what the rates mean and how they were compiled.
pub fn data_json(data: &Dataset) -> String {
    let m = &data.meta;
    let doc = json!({
        "title": text(m.title),
        "start": date(m.start),
        "updated": date(m.updated),
        "credits": text(m.credits),
        "definitions": text(m.definitions()),
        "methodology": text(m.methodology()),
        "revisions": m.revisions.iter().map(|r| json!({ "date": date(r.date), "note": text(r.note) })).collect::<Vec<_>>(),
        "events": data.events.iter().map(|e| json!({
            "id": e.id,
            "date": date(e.date),
            "end": e.end.map(date),
            "date_precision": e.precision.key(),
            "date_kind": e.date_kind.key(),
            "category": e.category.key(),
            "confidence": e.confidence.key(),
            "actors": e.actors,
            "headline": text(e.headline),
            "summary": text(e.summary),
            "sources": e.sources.iter().map(|s| source(*s)).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
        "rates": data.steps.iter().map(|s| json!({
            "series": s.series.key(),
            "date": date(s.date),
            "rate": s.rate,
            "legal_basis": text(s.legal_basis),
            "source": source(s.source),
            "event": s.event,
        })).collect::<Vec<_>>(),
        "deadlines": data.deadlines.iter().map(|d| json!({
            "id": d.id,
            "date": date(d.date),
            "kind": d.kind.key(),
            "known_from": date(d.known_from),
            "set_by": d.set_by,
            "ended_by": d.ended_by,
            "outcome": d.outcome.map(|o| o.key()),
            "label": text(d.label),
        })).collect::<Vec<_>>(),
    });
    format!("{doc:#}\n")
}

fn date(d: Date) -> String {
    d.to_string()
}

fn text(t: Text) -> Value {
    json!({ "en": t.en, "zh": t.zh })
}

fn source(s: Source) -> Value {
    json!({ "name": s.name, "url": s.url })
}
