//! Checks the data files in `src/data/` and compiles them into Rust constants, so the
//! graphic embeds its dataset without parsing anything at start-up.

// The data's own modules, shared with the library, which also uses what the build does not.
#[path = "src/model"]
#[allow(dead_code)]
mod model {
    pub mod dataset;
    pub mod date;
    pub mod lang;
    pub mod load;
    pub mod synthetic;
}

use std::fmt::Write as _;
use std::path::Path;

use model::dataset::{Dataset, Source, Text};
use model::date::Date;

const FILES: [&str; 4] = ["meta.toml", "events.toml", "rates.csv", "deadlines.toml"];

fn main() {
    let dir = Path::new("src/data");
    let texts: Vec<(String, String)> = FILES
        .iter()
        .map(|name| {
            let path = dir.join(name);
            println!("cargo::rerun-if-changed={}", path.display());
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| fail(&format!("{}: cannot read: {e}", path.display())));
            (path.display().to_string(), text)
        })
        .collect();
    let pair = |i: usize| (texts[i].0.as_str(), texts[i].1.as_str());
    let files = model::load::Files { meta: pair(0), events: pair(1), rates: pair(2), deadlines: pair(3) };
    let data = model::load::load(&files).unwrap_or_else(|errors| {
        let list: Vec<String> = errors.iter().map(ToString::to_string).collect();
        fail(&format!("the data has {} problem(s):\n{}", errors.len(), list.join("\n")))
    });
    // For performance checks: TARIFF_TIMELINE_SYNTHETIC_EVENTS=5000 trunk build …
    println!("cargo::rerun-if-env-changed=TARIFF_TIMELINE_SYNTHETIC_EVENTS");
    let data = match std::env::var("TARIFF_TIMELINE_SYNTHETIC_EVENTS").ok().and_then(|n| n.parse().ok()) {
        Some(n) => model::synthetic::with_events(&data, n),
        None => data,
    };
    let out = Path::new(&std::env::var("OUT_DIR").unwrap_or_else(|_| fail("OUT_DIR is not set"))).join("dataset.rs");
    std::fs::write(&out, rust_source(&data)).unwrap_or_else(|e| fail(&format!("{}: {e}", out.display())));
}

/// Stops the build with a message Cargo shows as an error.
fn fail(message: &str) -> ! {
    for line in message.lines() {
        println!("cargo::error={line}");
    }
    std::process::exit(1)
}

/// The dataset as one Rust expression of type `Dataset`.
fn rust_source(d: &Dataset) -> String {
    let m = &d.meta;
    let mut s = String::from("Dataset {\n    meta: Meta {\n");
    let _ = writeln!(s, "        start: {},\n        updated: {},", date(m.start), date(m.updated));
    for (name, t) in [
        ("title", m.title),
        ("subtitle", m.subtitle),
        ("credits", m.credits),
        ("definitions", m.definitions),
        ("methodology", m.methodology),
    ] {
        let _ = writeln!(s, "        {name}: {},", text(t));
    }
    s.push_str("        revisions: &[\n");
    for r in m.revisions {
        let _ = writeln!(s, "            Revision {{ date: {}, note: {} }},", date(r.date), text(r.note));
    }
    s.push_str("        ],\n    },\n    events: &[\n");
    for e in d.events {
        let actors: Vec<String> = e.actors.iter().map(|a| format!("{a:?}")).collect();
        let sources: Vec<String> = e.sources.iter().map(|x| source(*x)).collect();
        let _ = writeln!(
            s,
            "        Event {{ id: {:?}, date: {}, end: {}, precision: Precision::{:?}, date_kind: DateKind::{:?}, category: Category::{:?}, confidence: Confidence::{:?}, actors: &[{}], headline: {}, summary: {}, sources: &[{}], chart_label: {} }},",
            e.id,
            date(e.date),
            e.end.map_or("None".to_owned(), |x| format!("Some({})", date(x))),
            e.precision,
            e.date_kind,
            e.category,
            e.confidence,
            actors.join(", "),
            text(e.headline),
            text(e.summary),
            sources.join(", "),
            text(e.chart_label),
        );
    }
    s.push_str("    ],\n    steps: &[\n");
    for r in d.steps {
        let _ = writeln!(
            s,
            "        RateStep {{ series: Series::{:?}, date: {}, rate: {:?}, legal_basis: {}, source: {}, event: {:?} }},",
            r.series,
            date(r.date),
            r.rate,
            text(r.legal_basis),
            source(r.source),
            r.event,
        );
    }
    s.push_str("    ],\n    deadlines: &[\n");
    for x in d.deadlines {
        let _ = writeln!(
            s,
            "        Deadline {{ id: {:?}, date: {}, kind: DeadlineKind::{:?}, known_from: {}, set_by: {:?}, ended_by: {:?}, label: {}, chart_label: {} }},",
            x.id,
            date(x.date),
            x.kind,
            date(x.known_from),
            x.set_by,
            x.ended_by,
            text(x.label),
            text(x.chart_label),
        );
    }
    s.push_str("    ],\n}\n");
    s
}

fn date(d: Date) -> String {
    format!("Date({})", d.0)
}

fn text(t: Text) -> String {
    format!("Text {{ en: {:?}, zh: {:?} }}", t.en, t.zh)
}

fn source(x: Source) -> String {
    format!("Source {{ name: {:?}, url: {:?} }}", x.name, x.url)
}
