//! Writes the data downloads (`events.csv`, `rates.csv`, `data.json`) of the dataset the
//! graphic was built with. Run by Trunk after each build (`Trunk.toml`, `[[hooks]]`) into
//! its staging folder, so they land in `dist/`; or by hand into any folder:
//! `cargo run --example export_data -- some/folder`.

use std::path::PathBuf;

use tariff_timeline::export::{data_json, events_csv, rates_csv};
use tariff_timeline::model::DATASET;

fn main() {
    let dir = std::env::args()
        .nth(1)
        .or_else(|| std::env::var("TRUNK_STAGING_DIR").ok())
        .map(PathBuf::from)
        .unwrap_or_else(|| fail("name the folder to write to, or run from a Trunk hook"));
    for (name, text) in
        [("events.csv", events_csv(&DATASET)), ("rates.csv", rates_csv(&DATASET)), ("data.json", data_json(&DATASET))]
    {
        let path = dir.join(name);
        std::fs::write(&path, text).unwrap_or_else(|e| fail(&format!("{}: {e}", path.display())));
    }
}

fn fail(message: &str) -> ! {
    eprintln!("export_data: {message}");
    std::process::exit(1)
}
