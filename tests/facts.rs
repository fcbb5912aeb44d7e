//! Claims about the real data (`src/data/`): the one test file an editor updates with a
//! new edition. Every other test runs on the fixture edition (`tests/common`).

use std::path::Path;

use tariff_timeline::model::DATASET;
use tariff_timeline::model::dataset::{Confidence, Series};
use tariff_timeline::model::date::Date;
use tariff_timeline::model::i18n::Lang;
use tariff_timeline::model::load::load_dir;
use tariff_timeline::model::takeaways::{Takeaways, subtitle};

fn d(iso: &str) -> Date {
    Date::parse(iso).unwrap()
}

#[test]
fn the_compiled_dataset_is_the_data_folder() {
    // The build's emitter writes every field: what it compiled equals a fresh load.
    let loaded = load_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src/data")).expect("src/data loads");
    assert_eq!(DATASET, loaded);
}

#[test]
fn the_dataset_holds_what_the_fact_sheets_support() {
    assert!(DATASET.events.len() >= 80, "{}", DATASET.events.len());
    assert!(DATASET.events.iter().all(|e| !e.sources.is_empty()));
    // Medium-confidence events say who reported or claimed them.
    let attributed = ["report", "accord", "said", "says", "claim", "told", "announced", "disclosed", "according"];
    for e in DATASET.events.iter().filter(|e| e.confidence == Confidence::Medium) {
        let text = format!("{} {}", e.headline.en, e.summary.en).to_lowercase();
        assert!(attributed.iter().any(|w| text.contains(w)), "{} is not attributed: {text}", e.id);
    }
}

#[test]
fn the_rates_of_the_november_2026_edition() {
    assert_eq!(DATASET.meta.updated, d("2026-11-29"));
    let t = Takeaways::of(&DATASET);
    assert_eq!((t.current_us, t.current_china), (12.5, 10.0));
    assert_eq!((t.peak_us.rate, t.peak_us.date), (145.0, d("2025-04-10")));
    assert_eq!((t.peak_china.rate, t.peak_china.date), (125.0, d("2025-04-12")));
    let step = DATASET.step_on(Series::Us, d("2026-07-24")).unwrap();
    assert_eq!((step.date, step.rate, step.event), (d("2026-07-24"), 12.5, "forced-labour-duty-replaces-surcharge"));
    assert!(step.legal_basis.en.contains("Section 301"), "{}", step.legal_basis.en);
    assert_eq!(DATASET.rate_on(Series::Us, d("2026-07-23")), 10.0);
}

#[test]
fn the_one_year_truce_passed_with_no_confirmed_outcome() {
    let t = Takeaways::of(&DATASET);
    assert_eq!((t.truce_ends, t.truce_passed), (None, Some(d("2026-11-10"))));
    let lines = t.lines(Lang::En);
    let truce = lines.iter().find(|l| l.label == "Truce").unwrap();
    assert_eq!(truce.text, "Was due to end on 10 Nov 2026; no confirmed outcome as of 29 Nov 2026.");
    let ids: Vec<_> = DATASET.unsettled_deadlines().map(|x| x.id).collect();
    assert!(ids.contains(&"truce-expiry-2026-11-10") && ids.contains(&"ship-fees-suspension-2026-11-10"), "{ids:?}");
    assert!(!ids.contains(&"section-122-lapse-2026-07-24"), "the surcharge's lapse is settled by an event");
}

#[test]
fn archived_views_say_what_was_known_then() {
    let seed = DATASET.as_of(d("2025-07-23"));
    assert_eq!(subtitle(&seed, Lang::En).matches("2026").count(), 0, "{}", subtitle(&seed, Lang::En));
    assert!(!seed.meta.definitions().en.contains("2026"));
    let march = DATASET.as_of(d("2026-03-01"));
    assert!(march.meta.definitions().en.contains("Section 122"));
    assert!(!march.meta.definitions().en.contains("forced-labour"));
    assert!(march.events.iter().all(|e| !e.summary.en.contains("forced-labour")));
    assert!(subtitle(&DATASET, Lang::En).contains("from Jan 2025 to Nov 2026"), "{}", subtitle(&DATASET, Lang::En));
}
