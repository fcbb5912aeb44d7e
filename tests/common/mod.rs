//! The fixture edition the behaviour tests run on, loaded by the same `model::load` as
//! the graphic's own data: adding events or rate steps to `src/data/` changes none of
//! these tests; claims about the real data live in `tests/facts.rs`.

#![allow(dead_code)]

use std::path::Path;
use std::sync::OnceLock;

use tariff_timeline::model::dataset::Dataset;
use tariff_timeline::model::date::Date;
use tariff_timeline::model::load::{FILE_NAMES, Files, load, load_dir};

const FOLDER: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/edition");

/// The fixture edition (`tests/fixtures/edition/`).
pub fn fixture() -> Dataset {
    static DATA: OnceLock<Dataset> = OnceLock::new();
    *DATA.get_or_init(|| load_dir(Path::new(FOLDER)).unwrap_or_else(|e| panic!("fixture edition: {e:#?}")))
}

/// The fixture edition with text replaced in its files: `(file name, from, to)`, each
/// `from` present.
pub fn fixture_with(edits: &[(&str, &str, &str)]) -> Dataset {
    let texts: Vec<(String, String)> = FILE_NAMES
        .iter()
        .map(|name| {
            let mut text = std::fs::read_to_string(Path::new(FOLDER).join(name)).unwrap();
            for (_, from, to) in edits.iter().filter(|(file, ..)| file == name) {
                assert!(text.contains(from), "{name} has no {from:?}");
                text = text.replacen(from, to, 1);
            }
            (name.to_string(), text)
        })
        .collect();
    let pair = |i: usize| (texts[i].0.as_str(), texts[i].1.as_str());
    load(&Files { meta: pair(0), events: pair(1), rates: pair(2), deadlines: pair(3) })
        .unwrap_or_else(|e| panic!("edited fixture: {e:#?}"))
}

pub fn d(iso: &str) -> Date {
    Date::parse(iso).unwrap()
}
