//! Each kind of data error, fed as a broken copy of a small valid fixture.

use super::*;

const META: &str = r#"languages = ["en"]
start = "2025-01-20"
updated = "2025-06-30"
title = "T"
subtitle = "S"
credits = "C"

[[definitions]]
from = "2025-01-20"
text = "D"

[[methodology]]
from = "2025-01-20"
text = "M"

[[revision]]
date = "2025-06-30"
note = "First edition"
"#;

const EVENTS: &str = r#"[[event]]
id = "inauguration"
date = "2025-01-20"
date_kind = "announced"
category = "other"
confidence = "high"
actors = ["Donald Trump"]
headline = "Trump takes office"
summary = "No tariffs on day one."
sources = [
  { name = "DLA Piper", url = "https://example.org/a" },
]

[[event]]
id = "us-fentanyl-tariff-10"
date = "2025-02-04"
date_kind = "effective"
category = "tariff"
confidence = "high"
actors = ["Donald Trump"]
headline = "US adds 10%"
summary = "A 10% tariff takes effect."
sources = [
  { name = "Federal Register", url = "https://example.org/b" },
]

[[event]]
id = "geneva-joint-statement"
date = "2025-05-12"
date_kind = "announced"
category = "talks"
confidence = "high"
headline = "Geneva statement"
summary = "Both sides cut tariffs for 90 days."
sources = [
  { name = "Xinhua", url = "https://example.org/c" },
]
"#;

const RATES: &str = "series,date,rate,legal_basis,source_name,source_url,event
us,2025-01-20,0,None,DLA Piper,https://example.org/a,inauguration
china,2025-01-20,0,None,DLA Piper,https://example.org/a,inauguration
us,2025-02-04,10,\"IEEPA, EO 14195\",Federal Register,https://example.org/b,us-fentanyl-tariff-10
";

const DEADLINES: &str = r#"[[deadline]]
id = "truce-aug"
date = "2025-08-12"
kind = "truce"
known_from = "2025-05-12"
set_by = "geneva-joint-statement"
label = "Truce due to expire"
"#;

fn load_with(meta: &str, events: &str, rates: &str, deadlines: &str) -> Result<Dataset, Vec<DataError>> {
    load(&Files {
        meta: ("meta.toml", meta),
        events: ("events.toml", events),
        rates: ("rates.csv", rates),
        deadlines: ("deadlines.toml", deadlines),
    })
}

/// The messages for a fixture with one file changed by `replace(from, to)`.
fn errors_after(file: &str, from: &str, to: &str) -> Vec<String> {
    let edit = |name: &str, text: &str| {
        if name == file {
            assert!(text.contains(from), "fixture {name} has no {from:?}");
            text.replacen(from, to, 1)
        } else {
            text.to_owned()
        }
    };
    let result =
        load_with(&edit("meta", META), &edit("events", EVENTS), &edit("rates", RATES), &edit("deadlines", DEADLINES));
    result.expect_err("the broken fixture must not load").iter().map(ToString::to_string).collect()
}

fn assert_one_error(file: &str, from: &str, to: &str, expected: &str) {
    let errors = errors_after(file, from, to);
    assert!(errors.iter().any(|e| e == expected), "expected {expected:?}, got {errors:#?}");
}

#[test]
fn the_valid_fixture_loads_and_links() {
    let data = load_with(META, EVENTS, RATES, DEADLINES).expect("valid fixture");
    assert_eq!(data.events.len(), 3);
    assert_eq!(data.steps.len(), 3);
    assert_eq!(data.steps[2].legal_basis.en, "IEEPA, EO 14195");
    assert_eq!(data.deadlines[0].set_by, "geneva-joint-statement");
    assert_eq!(data.meta.revisions.len(), 1);
}

#[test]
fn a_malformed_date_names_file_line_field() {
    assert_one_error(
        "events",
        "date = \"2025-02-04\"",
        "date = \"2025-2-04\"",
        "events.toml:16: event `us-fentanyl-tariff-10`, field `date`: \"2025-2-04\" is not a date (expected YYYY-MM-DD)",
    );
}

#[test]
fn an_impossible_date_is_caught() {
    assert_one_error(
        "events",
        "date = \"2025-02-04\"",
        "date = \"2025-02-30\"",
        "events.toml:16: event `us-fentanyl-tariff-10`, field `date`: \"2025-02-30\" is not a day of the calendar",
    );
}

#[test]
fn an_end_before_the_start_is_caught() {
    assert_one_error(
        "events",
        "date = \"2025-05-12\"\n",
        "date = \"2025-05-12\"\nend = \"2025-05-11\"\n",
        "events.toml:30: event `geneva-joint-statement`, field `end`: 2025-05-11 is before the event's date 2025-05-12",
    );
}

#[test]
fn an_unknown_category_lists_the_known_ones() {
    assert_one_error(
        "events",
        "category = \"tariff\"",
        "category = \"tarif\"",
        "events.toml:18: event `us-fentanyl-tariff-10`, field `category`: unknown value \"tarif\" (expected one of: tariff, retaliation, talks, export-controls, deadline, legal, other)",
    );
}

#[test]
fn a_duplicate_id_is_caught() {
    assert_one_error(
        "events",
        "id = \"geneva-joint-statement\"",
        "id = \"us-fentanyl-tariff-10\"",
        "events.toml:27: event `us-fentanyl-tariff-10`, field `id`: duplicate id \"us-fentanyl-tariff-10\"",
    );
}

#[test]
fn a_missing_source_is_caught() {
    assert_one_error(
        "events",
        "sources = [\n  { name = \"Xinhua\", url = \"https://example.org/c\" },\n]",
        "sources = []",
        "events.toml:35: event `geneva-joint-statement`, field `sources`: needs at least one source",
    );
}

#[test]
fn a_non_https_source_is_caught() {
    assert_one_error(
        "events",
        "https://example.org/b",
        "http://example.org/b",
        "events.toml:24: event `us-fentanyl-tariff-10`, field `sources`: source link \"http://example.org/b\" must be a full https:// address",
    );
}

#[test]
fn an_empty_headline_is_caught() {
    assert_one_error(
        "events",
        "headline = \"Geneva statement\"",
        "headline = \"  \"",
        "events.toml:33: event `geneva-joint-statement`, field `headline`: is missing or empty",
    );
}

#[test]
fn a_missing_translation_is_caught_once_chinese_is_published() {
    let errors = errors_after("meta", "languages = [\"en\"]", "languages = [\"en\", \"zh\"]");
    assert!(errors.contains(&"meta.toml:4: field `title_zh`: missing Chinese translation".to_owned()), "{errors:#?}");
    assert!(
        errors.contains(
            &"events.toml:8: event `inauguration`, field `headline_zh`: missing Chinese translation".to_owned()
        ),
        "{errors:#?}"
    );
}

#[test]
fn low_confidence_facts_are_refused() {
    assert_one_error(
        "events",
        "confidence = \"high\"\nheadline = \"Geneva",
        "confidence = \"low\"\nheadline = \"Geneva",
        "events.toml:32: event `geneva-joint-statement`, field `confidence`: low-confidence facts are left out of the graphic",
    );
}

#[test]
fn a_rate_step_out_of_order_is_caught() {
    let swapped = RATES.replace("us,2025-02-04,10", "us,2025-01-10,10");
    let errors = errors_after("rates", RATES, &swapped);
    assert!(
        errors.contains(&"rates.csv:4: us step, field `date`: 2025-01-10 is not after the previous us step".to_owned()),
        "{errors:#?}"
    );
}

#[test]
fn negative_and_absurd_rates_are_caught() {
    assert_one_error(
        "rates",
        "us,2025-02-04,10,",
        "us,2025-02-04,-10,",
        "rates.csv:4: us step, field `rate`: -10 is negative",
    );
    assert_one_error(
        "rates",
        "us,2025-02-04,10,",
        "us,2025-02-04,1450,",
        "rates.csv:4: us step, field `rate`: 1450% is above 1000%: check the figure",
    );
    assert_one_error(
        "rates",
        "us,2025-02-04,10,",
        "us,2025-02-04,ten,",
        "rates.csv:4: us step, field `rate`: \"ten\" is not a number",
    );
}

#[test]
fn a_step_pointing_at_an_unknown_event_is_caught() {
    assert_one_error(
        "rates",
        ",us-fentanyl-tariff-10\n",
        ",us-fentanyl-tarif-10\n",
        "rates.csv:4: us step, field `event`: no event has the id \"us-fentanyl-tarif-10\"",
    );
}

#[test]
fn an_event_outside_the_dataset_range_is_caught() {
    assert_one_error(
        "events",
        "date = \"2025-05-12\"",
        "date = \"2025-07-12\"",
        "events.toml:27: event `geneva-joint-statement`, field `date`: 2025-07-12 is outside the dataset's range 2025-01-20 to 2025-06-30 (meta.toml start/updated)",
    );
}

#[test]
fn events_out_of_date_order_are_caught() {
    assert_one_error(
        "events",
        "date = \"2025-02-04\"",
        "date = \"2025-06-04\"",
        "events.toml:27: event `geneva-joint-statement`, field `date`: 2025-05-12 is out of date order (events are kept in date order)",
    );
}

#[test]
fn a_deadline_must_point_at_known_events() {
    assert_one_error(
        "deadlines",
        "set_by = \"geneva-joint-statement\"",
        "set_by = \"geneva\"",
        "deadlines.toml:1: deadline `truce-aug`, field `set_by`: no event has the id \"geneva\"",
    );
}

#[test]
fn toml_syntax_and_unknown_fields_are_reported_with_a_line() {
    let errors = errors_after("events", "headline = \"US adds 10%\"", "headline = \"US adds 10%");
    // One message: the files that point at events are not checked against a broken file.
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(errors[0].starts_with("events.toml:21: "), "{errors:#?}");
    let errors = errors_after("events", "headline = \"US adds 10%\"", "headlin = \"US adds 10%\"");
    assert!(
        errors.iter().any(|e| e.starts_with("events.toml:") && e.contains("unknown field `headlin`")),
        "{errors:#?}"
    );
}

#[test]
fn all_problems_are_reported_together() {
    let broken =
        EVENTS.replace("category = \"tariff\"", "category = \"x\"").replace("https://example.org/c", "ftp://x");
    let errors = load_with(META, &broken, RATES, DEADLINES).unwrap_err();
    assert_eq!(errors.len(), 2, "{errors:#?}");
}

#[test]
fn a_part_of_a_month_is_written_on_its_first_day() {
    assert_one_error(
        "events",
        "date = \"2025-05-12\"\n",
        "date = \"2025-05-12\"\ndate_precision = \"late-month\"\n",
        "events.toml:29: event `geneva-joint-statement`, field `date`: a date known only as \"late-month\" is written as day 21 of its month",
    );
}

#[test]
fn a_passed_deadline_must_say_what_became_of_it() {
    let meta = META.replacen("updated = \"2025-06-30\"", "updated = \"2025-08-20\"", 1);
    let errors = load_with(&meta, EVENTS, RATES, DEADLINES).unwrap_err();
    let expected = "deadlines.toml:1: deadline `truce-aug`, field `outcome`: was due on 2025-08-12, by the data's updated day 2025-08-20: name the event that settled it in `ended_by`, or write outcome = \"unconfirmed\"";
    assert_eq!(errors.iter().map(ToString::to_string).collect::<Vec<_>>(), vec![expected]);
    let said = DEADLINES.replacen("label =", "outcome = \"unconfirmed\"\nlabel =", 1);
    let data = load_with(&meta, EVENTS, RATES, &said).expect("an unconfirmed outcome is a valid answer");
    assert_eq!(data.deadlines[0].outcome, Some(crate::model::dataset::Outcome::Unconfirmed));
}

#[test]
fn only_a_passed_unsettled_deadline_is_unconfirmed() {
    assert_one_error(
        "deadlines",
        "label =",
        "outcome = \"unconfirmed\"\nlabel =",
        "deadlines.toml:1: deadline `truce-aug`, field `outcome`: 2025-08-12 is after the data's updated day 2025-06-30: it has not passed yet",
    );
    assert_one_error(
        "deadlines",
        "label =",
        "outcome = \"settled\"\nlabel =",
        "deadlines.toml:7: deadline `truce-aug`, field `outcome`: unknown value \"settled\" (expected one of: unconfirmed)",
    );
}

#[test]
fn dated_notes_start_with_the_data_and_run_in_order() {
    assert_one_error(
        "meta",
        "[[methodology]]\nfrom = \"2025-01-20\"",
        "[[methodology]]\nfrom = \"2025-02-01\"",
        "meta.toml:13: methodology variant, field `from`: 2025-02-01: the first variant holds from `start`",
    );
    let later =
        META.replacen("[[methodology]]", "[[definitions]]\nfrom = \"2025-01-01\"\ntext = \"E\"\n\n[[methodology]]", 1);
    let errors = load_with(&later, EVENTS, RATES, DEADLINES).unwrap_err();
    assert!(
        errors.iter().any(|e| e.to_string().ends_with("2025-01-01 is not after the previous variant's")),
        "{errors:#?}"
    );
}

#[test]
fn field_lines_come_from_the_parser_not_a_text_search() {
    // A value on a continuation line of an inline table still points at its own line.
    assert_one_error(
        "events",
        "{ name = \"Xinhua\", url = \"https://example.org/c\" }",
        "{ name = \"Xinhua\",\n    url = \"ftp://example.org/c\" }",
        "events.toml:37: event `geneva-joint-statement`, field `sources`: source link \"ftp://example.org/c\" must be a full https:// address",
    );
}
