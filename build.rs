//! Checks the data files and compiles them into a Rust constant, so the graphic embeds
//! its dataset without parsing anything at start-up.
//!
//! The data folder is `src/data/` unless `TARIFF_TIMELINE_DATA` names another one
//! (relative to this crate), e.g. to preview an edition or to test on a fixture:
//! `TARIFF_TIMELINE_DATA=tests/fixtures/edition trunk serve`.

// The data's own modules, shared with the library, which also uses what the build does not.
#[path = "src/model"]
#[allow(dead_code)]
mod model {
    pub mod catalogue;
    pub mod dataset;
    pub mod date;
    pub mod lang;
    pub mod late_texts;
    pub mod load;
    pub mod sort;
    pub mod synthetic;
    pub mod translations;
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
    // Chinese readers fetch the Chinese texts (written next to the graphic by the
    // `export_data` hook), every reader's app reads the English from the page: the
    // WebAssembly carries markers of them only.
    let (file_name, _) = model::translations::file(&data).unwrap_or_else(|e| fail(&format!("translations: {e}")));
    // Every reader fetches the texts not needed for the first screen once the graphic has
    // mounted (Chinese readers before): the WebAssembly carries none of them.
    let late_names = [model::lang::Lang::En, model::lang::Lang::Zh]
        .map(|lang| model::late_texts::file(&data, lang).unwrap_or_else(|e| fail(&format!("late texts: {e}"))).0);
    let data = match std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() {
        Ok("wasm32") => {
            let marked = model::translations::for_graphic(&data).unwrap_or_else(|e| fail(&format!("texts: {e}")));
            model::late_texts::without_late(&marked)
        }
        _ => data,
    };
    let out_dir = std::env::var("OUT_DIR").unwrap_or_else(|_| fail("OUT_DIR is not set"));
    write(&Path::new(&out_dir).join("dataset.rs"), &data.bake(&CrateEnv::default()).to_string());
    write(&Path::new(&out_dir).join("translations_file.rs"), &format!("{file_name:?}"));
    write(&Path::new(&out_dir).join("late_texts_files.rs"), &format!("{late_names:?}"));
}

fn write(path: &Path, text: &str) {
    std::fs::write(path, text).unwrap_or_else(|e| fail(&format!("{}: {e}", path.display())));
}

/// Stops the build with a message Cargo shows as an error.
fn fail(message: &str) -> ! {
    for line in message.lines() {
        println!("cargo::error={line}");
    }
    std::process::exit(1)
}
