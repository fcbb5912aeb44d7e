//! Chinese is published in the fixture edition: every text needs a translation, and the
//! build names the file, line and field of one that is missing or empty.

mod common;

use common::{fixture, fixture_errors_with};
use tariff_timeline::model::i18n::Lang;

#[test]
fn every_text_of_the_fixture_reads_in_both_languages() {
    let data = fixture();
    for e in data.events {
        assert_ne!(e.headline.get(Lang::Zh), e.headline.get(Lang::En), "{}", e.id);
        assert!(!e.summary.zh.is_empty(), "{}", e.id);
    }
    assert!(data.steps.iter().all(|s| !s.legal_basis.zh.is_empty()));
    assert!(data.deadlines.iter().all(|d| !d.label.zh.is_empty()));
}

#[test]
fn a_missing_or_empty_translation_stops_the_build_with_file_line_and_field() {
    let headline = "headline_zh = \"特朗普就职并下令审查贸易政策，首日未加征关税\"\n";
    let errors = fixture_errors_with(&[
        ("events.toml", headline, ""),
        ("deadlines.toml", "label_zh = \"日内瓦休战预定到期\"", "label_zh = \"  \""),
        ("rates.csv", ",inauguration,就职首日未加征新关税", ",inauguration,"),
    ]);
    // In the order the files are read; each line is the English text's, where the
    // translation goes.
    let expected = [
        "events.toml:9: event `inauguration`, field `headline_zh`: missing Chinese translation",
        "rates.csv:2: us step, field `legal_basis_zh`: missing Chinese translation",
        "deadlines.toml:8: deadline `truce-expiry-2025-08-12`, field `label_zh`: missing Chinese translation",
    ];
    assert_eq!(errors, expected);
}
