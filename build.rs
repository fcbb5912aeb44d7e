//! Checks the data files and compiles them into a Rust constant, so the graphic embeds
//! its dataset without parsing anything at start-up.
//!
//! The data folder is `src/data/` unless `TARIFF_TIMELINE_DATA` names another one
//! (relative to this crate), e.g. to preview an edition or to test on a fixture:
//! `TARIFF_TIMELINE_DATA=tests/fixtures/edition trunk serve`.

#[path = "src/model"]
#[allow(dead_code)]
mod model {
    pub mod dataset;
    pub mod date;
    pub mod i18n;
    pub mod load;
    pub mod synthetic;
}

use std::path::Path;

use databake::{Bake, CrateEnv};

fn main() {
    println!("cargo::rerun-if-env-changed=TARIFF_TIMELINE_DATA");
    let folder = std::env::var("TARIFF_TIMELINE_DATA").unwrap_or_else(|_| "src/data".to_owned());
    let dir = Path::new(&folder);
    for name in model::load::FILE_NAMES {
        println!("cargo::rerun-if-changed={}", dir.join(name).display());
    }
    let data = model::load::load_dir(dir).unwrap_or_else(|errors| {
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
    let source = data.bake(&CrateEnv::default()).to_string();
    std::fs::write(&out, source).unwrap_or_else(|e| fail(&format!("{}: {e}", out.display())));
}

/// Stops the build with a message Cargo shows as an error.
fn fail(message: &str) -> ! {
    for line in message.lines() {
        println!("cargo::error={line}");
    }
    std::process::exit(1)
}
