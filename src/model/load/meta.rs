//! meta.toml: title, dates, the notes with their dated variants, the revision log.

use serde::Deserialize;
use toml::Spanned;

use super::leak;
use super::record::{Ctx, Field, Pos, Rec};
use crate::model::dataset::{Dated, Meta, Revision};
use crate::model::date::Date;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMeta {
    languages: Option<Spanned<Vec<String>>>,
    start: Field,
    updated: Field,
    title: Field,
    title_zh: Field,
    subtitle: Field,
    subtitle_zh: Field,
    credits: Field,
    credits_zh: Field,
    #[serde(default)]
    definitions: Vec<Spanned<RawDated>>,
    #[serde(default)]
    methodology: Vec<Spanned<RawDated>>,
    #[serde(default)]
    revision: Vec<Spanned<RawRevision>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDated {
    from: Field,
    text: Field,
    text_zh: Field,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRevision {
    date: Field,
    note: Field,
    note_zh: Field,
}

pub fn read((file, text): (&str, &str), ctx: &mut Ctx) -> Option<Meta> {
    let raw: RawMeta = ctx.parse_toml(file, text)?;
    let rec = Rec { file, name: String::new(), pos: Pos::Table { text, start: 0 } };
    if let Some(languages) = &raw.languages {
        for lang in languages.get_ref().iter().filter(|l| *l != "en" && *l != "zh") {
            let reason = format!("unknown language \"{lang}\" (expected en, zh)");
            ctx.err(&rec, "languages", Some(languages.span().start), reason);
        }
        ctx.zh = languages.get_ref().iter().any(|l| l == "zh");
    }
    let start = ctx.date(&rec, "start", (&raw.start).into());
    let updated = ctx.date(&rec, "updated", (&raw.updated).into());
    if let (Some(s), Some(u)) = (start, updated)
        && u < s
    {
        ctx.err(&rec, "updated", raw.updated.as_ref().map(|v| v.span().start), format!("{u} is before start {s}"));
    }
    let title = ctx.text(&rec, "title", (&raw.title).into(), (&raw.title_zh).into());
    let subtitle = ctx.text(&rec, "subtitle", (&raw.subtitle).into(), (&raw.subtitle_zh).into());
    let credits = ctx.text(&rec, "credits", (&raw.credits).into(), (&raw.credits_zh).into());
    let definitions = variants(file, text, "definitions", &raw.definitions, start, ctx);
    let methodology = variants(file, text, "methodology", &raw.methodology, start, ctx);
    let mut revisions = Vec::new();
    for r in &raw.revision {
        let rec = Rec { file, name: "revision".to_owned(), pos: Pos::Table { text, start: r.span().start } };
        let v = r.get_ref();
        let date = ctx.date(&rec, "date", (&v.date).into());
        let note = ctx.text(&rec, "note", (&v.note).into(), (&v.note_zh).into());
        revisions.extend(date.map(|date| Revision { date, note }));
    }
    revisions.sort_by_key(|r| r.date);
    Some(Meta {
        start: start?,
        updated: updated?,
        title,
        subtitle,
        credits,
        definitions: leak(definitions),
        methodology: leak(methodology),
        revisions: leak(revisions),
    })
}

/// The dated variants of a note: at least one, the first from `start`, in date order.
fn variants(
    file: &str,
    text: &str,
    field: &str,
    raw: &[Spanned<RawDated>],
    start: Option<Date>,
    ctx: &mut Ctx,
) -> Vec<Dated> {
    if raw.is_empty() {
        let rec = Rec { file, name: String::new(), pos: Pos::Row(1) };
        ctx.err(&rec, field, None, format!("needs at least one [[{field}]] table"));
    }
    let mut out: Vec<Dated> = Vec::new();
    for (i, r) in raw.iter().enumerate() {
        let rec = Rec { file, name: format!("{field} variant"), pos: Pos::Table { text, start: r.span().start } };
        let v = r.get_ref();
        let from = ctx.date(&rec, "from", (&v.from).into());
        let body = ctx.text(&rec, "text", (&v.text).into(), (&v.text_zh).into());
        let Some(from) = from else { continue };
        let at = v.from.as_ref().map(|f| f.span().start);
        if i == 0 && start.is_some_and(|s| s != from) {
            ctx.err(&rec, "from", at, format!("{from}: the first variant holds from `start`"));
        }
        if out.last().is_some_and(|prev| prev.from >= from) {
            ctx.err(&rec, "from", at, format!("{from} is not after the previous variant's"));
        }
        out.push(Dated { from, text: body });
    }
    out
}
