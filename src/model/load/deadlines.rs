//! deadlines.toml: scheduled dates, who set them, and what became of them.

use serde::Deserialize;
use toml::Spanned;

use super::leak_str;
use super::record::{Ctx, Field, Lined, Pos, Rec, Val};
use crate::model::dataset::{Deadline, DeadlineKind, Outcome};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDeadlines {
    #[serde(default)]
    deadline: Vec<Spanned<RawDeadline>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDeadline {
    id: Field,
    date: Field,
    kind: Field,
    known_from: Field,
    set_by: Field,
    ended_by: Field,
    outcome: Field,
    label: Field,
    label_zh: Field,
    chart_label: Field,
    chart_label_zh: Field,
}

pub fn read((file, text): (&str, &str), ctx: &mut Ctx) -> Vec<Lined<Deadline>> {
    let Some(raw) = ctx.parse_toml::<RawDeadlines>(file, text) else {
        return Vec::new();
    };
    raw.deadline
        .iter()
        .filter_map(|d| {
            let id = d.get_ref().id.as_ref().map_or("", |id| id.get_ref().as_str());
            let rec = Rec { file, name: format!("deadline `{id}`"), pos: Pos::Table { text, start: d.span().start } };
            read_deadline(d.get_ref(), &rec, ctx).map(|x| (x, rec.line()))
        })
        .collect()
}

fn read_deadline(r: &RawDeadline, rec: &Rec, ctx: &mut Ctx) -> Option<Deadline> {
    let id = ctx.required(rec, "id", (&r.id).into()).map(leak_str);
    let date = ctx.date(rec, "date", (&r.date).into());
    let known_from = ctx.date(rec, "known_from", (&r.known_from).into());
    if let (Some(d), Some(k)) = (date, known_from)
        && k >= d
    {
        ctx.err(rec, "known_from", Val::from(&r.known_from).at, format!("{k} is not before the deadline {d}"));
    }
    let kind = ctx.keyword::<DeadlineKind>(rec, "kind", (&r.kind).into());
    let set_by = ctx.required(rec, "set_by", (&r.set_by).into()).map(leak_str);
    let ended_by = Val::from(&r.ended_by).text.map(str::trim).filter(|s| !s.is_empty()).map(leak_str);
    // `Some(None)`: written, but not a known outcome.
    let outcome = r.outcome.as_ref().map(|_| ctx.keyword::<Outcome>(rec, "outcome", (&r.outcome).into()));
    let label = ctx.text(rec, "label", (&r.label).into(), (&r.label_zh).into());
    let chart_label = ctx.optional_text(rec, "chart_label", (&r.chart_label).into(), (&r.chart_label_zh).into());
    Some(Deadline {
        id: id?,
        date: date?,
        kind: kind?,
        known_from: known_from?,
        set_by: set_by?,
        ended_by,
        outcome: outcome.map(|o| o.ok_or(())).transpose().ok()?,
        label,
        chart_label,
    })
}
