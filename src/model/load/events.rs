//! events.toml: every event on the timeline, each checked on its own.

use std::collections::HashSet;

use serde::Deserialize;
use toml::Spanned;

use super::record::{Ctx, Field, Lined, Pos, Rec, Val, is_slug};
use super::{leak, leak_str};
use crate::model::dataset::{Category, Confidence, DateKind, Event, Precision};
use crate::model::date::Date;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEvents {
    #[serde(default)]
    event: Vec<Spanned<RawEvent>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEvent {
    id: Field,
    date: Field,
    end: Field,
    date_precision: Field,
    date_kind: Field,
    category: Field,
    confidence: Field,
    #[serde(default)]
    actors: Vec<String>,
    headline: Field,
    headline_zh: Field,
    summary: Field,
    summary_zh: Field,
    sources: Option<Spanned<Vec<RawSource>>>,
    chart_label: Field,
    chart_label_zh: Field,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSource {
    name: Field,
    url: Field,
}

/// The checked events, and the ids of all events (`None` when the file did not parse).
pub fn read((file, text): (&str, &str), ctx: &mut Ctx) -> (Vec<Lined<Event>>, Option<HashSet<String>>) {
    let Some(raw) = ctx.parse_toml::<RawEvents>(file, text) else {
        return (Vec::new(), None);
    };
    // Ids of every event, valid or not, so that a broken event does not also break the
    // rate steps and deadlines that point at it.
    let ids = raw.event.iter().filter_map(|e| e.get_ref().id.as_ref().map(|id| id.get_ref().clone())).collect();
    let events = raw
        .event
        .iter()
        .filter_map(|e| {
            let id = e.get_ref().id.as_ref().map(|id| id.get_ref().as_str());
            let name = id.map_or("event".to_owned(), |id| format!("event `{id}`"));
            let rec = Rec { file, name, pos: Pos::Table { text, start: e.span().start } };
            let event = read_event(e.get_ref(), &rec, ctx)?;
            Some((event, rec.line()))
        })
        .collect();
    (events, Some(ids))
}

fn read_event(r: &RawEvent, rec: &Rec, ctx: &mut Ctx) -> Option<Event> {
    let id = ctx.required(rec, "id", (&r.id).into());
    if let Some(id) = id
        && !is_slug(id)
    {
        let reason = format!("\"{id}\" must be a slug: lower-case letters, digits and hyphens");
        ctx.err(rec, "id", Val::from(&r.id).at, reason);
    }
    let (date, end, precision) = read_dates(r, rec, ctx);
    let date_kind = ctx.keyword::<DateKind>(rec, "date_kind", (&r.date_kind).into());
    let category = ctx.keyword::<Category>(rec, "category", (&r.category).into());
    let confidence = read_confidence(r, rec, ctx);
    let headline = ctx.text(rec, "headline", (&r.headline).into(), (&r.headline_zh).into());
    let summary = ctx.text(rec, "summary", (&r.summary).into(), (&r.summary_zh).into());
    let sources = read_sources(r, rec, ctx);
    let chart_label = ctx.optional_text(rec, "chart_label", (&r.chart_label).into(), (&r.chart_label_zh).into());
    let actors: Vec<_> = r.actors.iter().map(|a| leak_str(a.trim())).collect();
    Some(Event {
        id: leak_str(id?),
        date: date?,
        end,
        precision: precision?,
        date_kind: date_kind?,
        category: category?,
        confidence: confidence?,
        actors: leak(actors),
        headline,
        summary,
        sources: leak(sources),
        chart_label,
    })
}

/// The date, the optional last day and how precisely the date is known.
fn read_dates(r: &RawEvent, rec: &Rec, ctx: &mut Ctx) -> (Option<Date>, Option<Date>, Option<Precision>) {
    let date = ctx.date(rec, "date", (&r.date).into());
    let end = ctx.optional_date(rec, "end", (&r.end).into());
    if let (Some(d), Some(e)) = (date, end)
        && e < d
    {
        ctx.err(rec, "end", Val::from(&r.end).at, format!("{e} is before the event's date {d}"));
    }
    let precision = match &r.date_precision {
        None => Some(Precision::Day),
        p => ctx.keyword::<Precision>(rec, "date_precision", p.into()),
    };
    if let (Some(p), Some(d)) = (precision, date)
        && let Some(day) = p.first_day()
        && d.ymd().2 != day
    {
        let reason = format!("a date known only as \"{}\" is written as day {day} of its month", p.key());
        ctx.err(rec, "date", Val::from(&r.date).at, reason);
    }
    (date, end, precision)
}

fn read_confidence(r: &RawEvent, rec: &Rec, ctx: &mut Ctx) -> Option<Confidence> {
    let v = Val::from(&r.confidence);
    if v.text.map(str::trim) == Some("low") {
        ctx.err(rec, "confidence", v.at, "low-confidence facts are left out of the graphic");
        return None;
    }
    ctx.keyword::<Confidence>(rec, "confidence", v)
}

fn read_sources(r: &RawEvent, rec: &Rec, ctx: &mut Ctx) -> Vec<crate::model::dataset::Source> {
    let list = r.sources.as_ref();
    if list.is_none_or(|l| l.get_ref().is_empty()) {
        ctx.err(rec, "sources", list.map(|l| l.span().start), "needs at least one source");
    }
    let raw = list.map_or(&[][..], |l| l.get_ref().as_slice());
    raw.iter().filter_map(|s| ctx.source(rec, "sources", (&s.name).into(), (&s.url).into())).collect()
}
