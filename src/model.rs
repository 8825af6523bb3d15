//! The output contract: what an analysis reports, shared by the command
//! line, the JavaScript API and the page.
//!
//! Optional fields that are absent are left out of the JSON rather than
//! written as `null`, so every consumer sees the same small objects.

use serde::Serialize;

/// Everything found in one text.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Analysis {
    pub figures: Vec<Figure>,
    pub entities: Vec<Entity>,
    /// Nationality adjectives (الروسي، الإيرانيين), one item per place.
    pub nationalities: Vec<Nationality>,
    /// The date relative dates were resolved against, and where it came from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reference: Option<Reference>,
}

/// What a figure is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FigureKind {
    Number,
    Count,
    Quantity,
    Money,
    Percent,
    Duration,
    Date,
    Time,
    Ordinal,
    Model,
}

impl FigureKind {
    /// The kind's name as the JSON output writes it: `quantity`, `date`.
    pub fn as_str(self) -> &'static str {
        match self {
            FigureKind::Number => "number",
            FigureKind::Count => "count",
            FigureKind::Quantity => "quantity",
            FigureKind::Money => "money",
            FigureKind::Percent => "percent",
            FigureKind::Duration => "duration",
            FigureKind::Date => "date",
            FigureKind::Time => "time",
            FigureKind::Ordinal => "ordinal",
            FigureKind::Model => "model",
        }
    }
}

/// A normalised value: an amount, or a date, time or designation string.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Value {
    Number(f64),
    Text(String),
}

/// The direction of a bound: `أكثر من` is `Gt`, `ما يصل إلى` is `Le`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Bound {
    Gt,
    Ge,
    Lt,
    Le,
}

impl Bound {
    /// The bound's name as the JSON output writes it: `gt`.
    pub fn as_str(self) -> &'static str {
        match self {
            Bound::Gt => "gt",
            Bound::Ge => "ge",
            Bound::Lt => "lt",
            Bound::Le => "le",
        }
    }
}

/// One figure in the text, normalised.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Figure {
    pub kind: FigureKind,
    pub text: String,
    pub start: usize,
    pub end: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max: Option<f64>,
    /// `m3`, `t`, `km`, … for quantities; ISO 4217 for money; `%` or `pp`
    /// for percentages; `year`, `month`, … for durations.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<&'static str>,
    /// The period of a rate: `year` for سنويا.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub per: Option<&'static str>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub approx: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bound: Option<Bound>,
    /// What the figure measures, when the clause names it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub grain: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub calendar: Option<&'static str>,
    /// The Hijri date as written, for dates given in the Hijri calendar.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hijri: Option<String>,
    /// A doubt about the figure as written: `weekday_mismatch` when the
    /// weekday named beside a date is not that date's weekday.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub warning: Option<&'static str>,
}

impl Figure {
    /// A figure of `kind` over the bytes `start..end` of `text`, with every
    /// optional field empty.
    pub fn new(kind: FigureKind, text: &str, start: usize, end: usize) -> Figure {
        Figure {
            kind,
            text: text[start..end].to_string(),
            start,
            end,
            value: None,
            min: None,
            max: None,
            unit: None,
            per: None,
            approx: false,
            bound: None,
            subject: None,
            grain: None,
            calendar: None,
            hijri: None,
            warning: None,
        }
    }
}

/// What an entity is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityType {
    Person,
    Location,
    Organization,
    Misc,
}

impl EntityType {
    /// The type's name as the JSON output writes it: `person`.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Person => "person",
            EntityType::Location => "location",
            EntityType::Organization => "organization",
            EntityType::Misc => "misc",
        }
    }
}

/// One real-world entity and every place the text names it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Entity {
    #[serde(rename = "type")]
    pub kind: EntityType,
    /// The fullest common name.
    pub canonical: String,
    /// The entity's stable identity: the same in every document.
    pub key: String,
    /// A title the text gives a person (`الرئيس الروسي`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    pub mentions: Vec<Mention>,
}

/// One place where the text names an entity, without its proclitics.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Mention {
    pub text: String,
    pub start: usize,
    pub end: usize,
}

/// A nationality adjective (nisba) and every place the text uses it, in
/// any gender or number (الروسي، الروسية، الروس، روسيين), without proclitics.
/// Nisbas inside an entity's mention (الحرس الثوري الإيراني) or inside an
/// amount of money (ريال سعودي) are not reported here.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Nationality {
    /// The adjective's dictionary form: masculine singular, without the
    /// article (`روسي`).
    pub canonical: String,
    /// The key of the place it refers to, the same as that place's
    /// location entity (`loc:RU`), so that روسيا and الروس join.
    pub key: String,
    /// The canonical name of that place (`روسيا`).
    pub place: String,
    pub mentions: Vec<Mention>,
}

/// The date relative dates were resolved against.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Reference {
    /// `YYYY-MM-DD`.
    pub date: String,
    pub source: ReferenceSource,
}

/// Where the reference date came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ReferenceSource {
    /// Given by the caller.
    Option,
    /// Read from a dateline in the document.
    Dateline,
}

impl ReferenceSource {
    /// The source's name as the JSON output writes it: `dateline`.
    pub fn as_str(self) -> &'static str {
        match self {
            ReferenceSource::Option => "option",
            ReferenceSource::Dateline => "dateline",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_json_name<T: Serialize>(value: T, name: &str) {
        assert_eq!(
            serde_json::to_value(value).unwrap(),
            serde_json::Value::from(name)
        );
    }

    #[test]
    fn names_are_the_json_names() {
        use FigureKind::*;
        for kind in [
            Number, Count, Quantity, Money, Percent, Duration, Date, Time, Ordinal, Model,
        ] {
            assert_json_name(kind, kind.as_str());
        }
        for bound in [Bound::Gt, Bound::Ge, Bound::Lt, Bound::Le] {
            assert_json_name(bound, bound.as_str());
        }
        use EntityType::*;
        for kind in [Person, Location, Organization, Misc] {
            assert_json_name(kind, kind.as_str());
        }
        for source in [ReferenceSource::Option, ReferenceSource::Dateline] {
            assert_json_name(source, source.as_str());
        }
    }
}
