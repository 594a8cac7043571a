//! The progress report as a printable page for the committee's papers: one
//! self-contained HTML document (inline CSS, inline SVG bar charts of each
//! indicator's actual value against its target, no scripts, nothing fetched
//! from anywhere), in Georgian or English. Every text from the records is
//! escaped (maud escapes whatever it splices).
//!
//! Each indicator's row carries `data-indicator` (its id) and its cells
//! `data-field` (`baseline`, `target`, `actual`, `status`), so that what the
//! page shows can be checked against the JSON of the same report.

use std::collections::BTreeMap;

use integra_domain::localised::Lang;
use integra_domain::steering::progress::IndicatorStatus;
use maud::{html, Markup, PreEscaped, DOCTYPE};
use uuid::Uuid;

use super::{ElementProgress, IndicatorProgress, ProgressReport};

/// The media type of the page.
pub const HTML_MEDIA_TYPE: &str = "text/html; charset=utf-8";

/// What the page may load: nothing but its own inline style and SVG.
pub const CONTENT_SECURITY_POLICY: &str =
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

const STYLE: &str = r#"
@page { size: A4; margin: 16mm 14mm; }
* { box-sizing: border-box; }
body { font-family: "Noto Sans Georgian", "DejaVu Sans", "Liberation Sans", Arial, sans-serif;
  font-size: 10.5pt; color: #1b1b1b; margin: 0 auto; max-width: 190mm; line-height: 1.35; }
h1 { font-size: 17pt; margin: 0 0 2mm; }
h2 { font-size: 12.5pt; margin: 7mm 0 2mm; padding-bottom: 1mm; border-bottom: 1.5px solid #2f4b7c; color: #2f4b7c; }
h3 { font-size: 11pt; margin: 4mm 0 1.5mm; }
h4 { font-size: 10.5pt; margin: 3mm 0 1mm 4mm; font-weight: 600; }
p.meta { margin: 0 0 1mm; color: #444; }
table { width: 100%; border-collapse: collapse; margin: 1mm 0 2mm; page-break-inside: auto; }
tr { page-break-inside: avoid; }
th, td { border-bottom: 0.5px solid #bbb; padding: 1.2mm 1.5mm; text-align: left; vertical-align: top; }
th { font-size: 9pt; color: #444; font-weight: 600; background: #f2f4f8; }
td.number, th.number { text-align: right; white-space: nowrap; }
.status { font-weight: 600; white-space: nowrap; }
.on_track { color: #1a7f37; } .at_risk { color: #b26b00; } .off_track { color: #c62828; } .not_measured { color: #666; }
.none { color: #666; font-style: italic; margin: 1mm 0 2mm; }
svg { display: block; }
.legend { font-size: 8.5pt; color: #555; margin: 0 0 2mm; }
.legend span { display: inline-block; margin-right: 4mm; }
@media screen { body { padding: 10mm 4mm; } }
footer { margin-top: 8mm; font-size: 8.5pt; color: #777; border-top: 0.5px solid #bbb; padding-top: 2mm; }
"#;

/// A text in English or Georgian.
fn say(lang: Lang, en: &'static str, ka: &'static str) -> &'static str {
    match lang {
        Lang::En => en,
        Lang::Ka => ka,
    }
}

/// A number as the page shows it: whole numbers without decimals, others
/// with up to two.
pub fn number(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{value:.0}")
    } else {
        let text = format!("{value:.2}");
        text.trim_end_matches('0').trim_end_matches('.').to_owned()
    }
}

fn status_label(lang: Lang, status: IndicatorStatus) -> &'static str {
    match status {
        IndicatorStatus::OnTrack => say(lang, "On track", "გეგმის მიხედვით"),
        IndicatorStatus::AtRisk => say(lang, "At risk", "რისკის ქვეშ"),
        IndicatorStatus::OffTrack => say(lang, "Off track", "ჩამორჩება"),
        IndicatorStatus::NotMeasured => say(lang, "Not measured", "არ არის გაზომილი"),
    }
}

/// A code of a closed set, in the page's language.
fn code_label(lang: Lang, code: &str) -> String {
    let (en, ka) = match code {
        "open" => ("Open", "ღია"),
        "mitigated" => ("Mitigated", "შემცირებული"),
        "occurred" => ("Occurred", "დამდგარი"),
        "closed" => ("Closed", "დახურული"),
        "planned" => ("Planned", "დაგეგმილი"),
        "ongoing" => ("Ongoing", "მიმდინარე"),
        "completed" => ("Completed", "დასრულებული"),
        "postponed" => ("Postponed", "გადადებული"),
        "cancelled" => ("Cancelled", "გაუქმებული"),
        "steering_committee" => ("Steering committee", "მმართველი კომიტეტი"),
        "consultation" => ("Consultation", "კონსულტაცია"),
        "method" => ("a method", "მეთოდს"),
        "result" => ("a result", "შედეგს"),
        "work_plan_change" => ("a work-plan change", "სამუშაო გეგმის ცვლილებას"),
        "other" => ("other", "სხვას"),
        other => (other, other),
    };
    match lang {
        Lang::En => en.to_owned(),
        Lang::Ka => ka.to_owned(),
    }
}

/// The bar chart of one indicator: the actual value as a bar, the target as
/// a dark line, where it should be by now as a dashed line.
fn chart(lang: Lang, progress: &IndicatorProgress) -> Markup {
    const WIDTH: f64 = 200.0;
    let indicator = &progress.indicator;
    let actual = indicator.actual.as_ref().and_then(|a| a.value);
    let scale = [
        indicator.target.abs(),
        indicator.baseline.abs(),
        actual.map_or(0.0, f64::abs),
    ]
    .into_iter()
    .fold(f64::MIN_POSITIVE, f64::max);
    let x = |value: f64| (value.abs() / scale * WIDTH).clamp(0.0, WIDTH);
    let expected =
        indicator.baseline + progress.standing.elapsed * (indicator.target - indicator.baseline);
    let status = progress.standing.status.as_str();
    let title = match actual {
        Some(value) => format!(
            "{} {} / {} {}",
            say(lang, "Actual", "ფაქტობრივი"),
            number(value),
            say(lang, "target", "სამიზნე"),
            number(indicator.target)
        ),
        None => say(lang, "Not measured", "არ არის გაზომილი").to_owned(),
    };
    let fill = match progress.standing.status {
        IndicatorStatus::OnTrack => "#2e9e4f",
        IndicatorStatus::AtRisk => "#e39b17",
        IndicatorStatus::OffTrack => "#d64545",
        IndicatorStatus::NotMeasured => "#9e9e9e",
    };
    html! {
        svg xmlns="http://www.w3.org/2000/svg" width="204" height="20" viewBox="0 0 204 20"
            role="img" class=(status) {
            title { (title) }
            rect x="0" y="4" width=(WIDTH) height="12" fill="#e9ecf2" {}
            @if let Some(value) = actual {
                rect x="0" y="4" width=(format!("{:.1}", x(value))) height="12" fill=(fill) {}
            }
            line x1=(format!("{:.1}", x(expected))) x2=(format!("{:.1}", x(expected)))
                y1="1" y2="19" stroke="#555" stroke-width="1" stroke-dasharray="2,2" {}
            line x1=(format!("{:.1}", x(indicator.target))) x2=(format!("{:.1}", x(indicator.target)))
                y1="0" y2="20" stroke="#1b1b1b" stroke-width="2" {}
        }
    }
}

fn indicators(lang: Lang, items: &[IndicatorProgress]) -> Markup {
    html! {
        @if items.is_empty() {
            p.none { (say(lang, "No indicators.", "ინდიკატორები არ არის.")) }
        } @else {
            table {
                thead { tr {
                    th { (say(lang, "Indicator", "ინდიკატორი")) }
                    th.number { (say(lang, "Baseline", "საბაზისო")) }
                    th.number { (say(lang, "Target", "სამიზნე")) }
                    th.number { (say(lang, "Actual", "ფაქტობრივი")) }
                    th { (say(lang, "Status", "სტატუსი")) }
                    th { (say(lang, "Actual against target", "ფაქტობრივი სამიზნესთან")) }
                } }
                tbody {
                    @for item in items {
                        @let indicator = &item.indicator;
                        @let status = item.standing.status;
                        tr data-indicator=(indicator.id.to_string()) {
                            td { (indicator.name) " (" (indicator.unit) ")" br;
                                small { (say(lang, "by", "ვადა:")) " " (indicator.target_date.to_string()) } }
                            td.number data-field="baseline" { (number(indicator.baseline)) }
                            td.number data-field="target" { (number(indicator.target)) }
                            td.number data-field="actual" {
                                @match indicator.actual.as_ref().and_then(|a| a.value) {
                                    Some(value) => (number(value)),
                                    None => "–",
                                }
                            }
                            td.status.(status.as_str()) data-field="status" data-status=(status.as_str()) {
                                (status_label(lang, status))
                            }
                            td { (chart(lang, item)) }
                        }
                    }
                }
            }
        }
    }
}

fn element(lang: Lang, heading: &'static str, item: &ElementProgress) -> Markup {
    let text = html! { (item.element.code) " " (item.element.statement) };
    html! {
        @if heading == "h3" { h3 { (text) } } @else { h4 { (text) } }
        (indicators(lang, &item.indicators))
    }
}

fn name(names: &BTreeMap<Uuid, String>, id: &Uuid) -> String {
    names.get(id).cloned().unwrap_or_else(|| id.to_string())
}

/// The page of `report`, organisations by their names, in `lang`.
pub fn render(report: &ProgressReport, names: &BTreeMap<Uuid, String>, lang: Lang) -> String {
    let none = |en, ka| html! { p.none { (say(lang, en, ka)) } };
    let page = html! {
        (DOCTYPE)
        html lang=(lang.as_str()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (say(lang, "Progress report", "პროგრესის ანგარიში")) ": " (report.project.name) }
                style { (PreEscaped(STYLE)) }
            }
            body {
                header {
                    h1 { (report.project.name) }
                    p.meta { (say(lang, "Progress report for the steering committee as of", "პროგრესის ანგარიში მმართველი კომიტეტისთვის, მდგომარეობა:")) " "
                        time datetime=(report.as_of.to_string()) data-field="as_of" { (report.as_of.to_string()) } }
                    p.meta { (say(lang, "Project period", "პროექტის პერიოდი")) ": " (report.project.starts_on.to_string()) " – " (report.project.ends_on.to_string()) }
                    p { strong { (say(lang, "Objective", "მიზანი")) ": " } (report.project.objective) }
                    p.legend {
                        span { "▮ " (say(lang, "actual", "ფაქტობრივი")) }
                        span { "┃ " (say(lang, "target", "სამიზნე")) }
                        span { "┆ " (say(lang, "where it should be by now", "სადაც ახლა უნდა იყოს")) }
                    }
                }
                h2 { (say(lang, "Indicators of the objective", "მიზნის ინდიკატორები")) }
                (indicators(lang, &report.objective_indicators))
                h2 { (say(lang, "Outcomes and outputs", "საბოლოო და პირდაპირი შედეგები")) }
                @if report.outcomes.is_empty() {
                    (none("No outcomes recorded.", "შედეგები არ არის ჩაწერილი."))
                }
                @for outcome in &report.outcomes {
                    h3 { (outcome.element.code) " " (outcome.element.statement) }
                    (indicators(lang, &outcome.indicators))
                    @for output in &outcome.outputs {
                        (element(lang, "h4", output))
                    }
                }
                h2 { (say(lang, "Assumptions", "დაშვებები")) }
                @if report.assumptions.is_empty() {
                    (none("No assumptions recorded.", "დაშვებები არ არის ჩაწერილი."))
                }
                @for assumption in &report.assumptions {
                    (element(lang, "h3", assumption))
                }
                h2 { (say(lang, "Risks, highest score first", "რისკები, უმაღლესი ქულით დაწყებული")) }
                @if report.risks.is_empty() {
                    (none("No risks recorded.", "რისკები არ არის ჩაწერილი."))
                } @else {
                    table {
                        thead { tr {
                            th { (say(lang, "Risk", "რისკი")) }
                            th.number { (say(lang, "Likelihood", "ალბათობა")) }
                            th.number { (say(lang, "Impact", "გავლენა")) }
                            th.number { (say(lang, "Score", "ქულა")) }
                            th { (say(lang, "Owner", "პასუხისმგებელი")) }
                            th { (say(lang, "Mitigation", "შემარბილებელი ღონისძიება")) }
                            th { (say(lang, "Status", "სტატუსი")) }
                        } }
                        tbody {
                            @for risk in &report.risks {
                                tr data-risk=(risk.id.to_string()) {
                                    td { (risk.description) }
                                    td.number { (risk.likelihood) }
                                    td.number { (risk.impact) }
                                    td.number data-field="score" { (risk.score) }
                                    td { (name(names, &risk.owner_organisation_id)) }
                                    td { (risk.mitigation.as_deref().unwrap_or("–")) }
                                    td { (code_label(lang, risk.status.as_str())) }
                                }
                            }
                        }
                    }
                }
                h2 { (say(lang, "Activities late against the plan", "გეგმასთან შედარებით დაგვიანებული აქტივობები")) }
                @if report.late_activities.is_empty() {
                    (none("No activity is late.", "დაგვიანებული აქტივობა არ არის."))
                } @else {
                    table {
                        thead { tr {
                            th { (say(lang, "Activity", "აქტივობა")) }
                            th { (say(lang, "Responsible", "პასუხისმგებელი")) }
                            th { (say(lang, "Planned", "დაგეგმილი")) }
                            th { (say(lang, "Actual start", "ფაქტობრივი დაწყება")) }
                            th { (say(lang, "Status", "სტატუსი")) }
                        } }
                        tbody {
                            @for activity in &report.late_activities {
                                tr data-activity=(activity.id.to_string()) {
                                    td { (activity.title) }
                                    td { (name(names, &activity.responsible_organisation_id)) }
                                    td { (activity.planned_start.to_string()) " – " (activity.planned_end.to_string()) }
                                    td { @match activity.actual_start { Some(day) => (day.to_string()), None => "–" } }
                                    td { (code_label(lang, activity.status.as_str())) }
                                }
                            }
                        }
                    }
                }
                h2 { (say(lang, "Overdue action items", "ვადაგადაცილებული დავალებები")) }
                @if report.overdue_action_items.is_empty() {
                    (none("No action item is overdue.", "ვადაგადაცილებული დავალება არ არის."))
                } @else {
                    table {
                        thead { tr {
                            th { (say(lang, "Action item", "დავალება")) }
                            th { (say(lang, "Owner", "პასუხისმგებელი")) }
                            th { (say(lang, "Due", "ვადა")) }
                        } }
                        tbody {
                            @for item in &report.overdue_action_items {
                                tr data-action-item=(item.id.to_string()) {
                                    td { (item.text) }
                                    td { (name(names, &item.owner_organisation_id)) }
                                    td { (item.due_on.to_string()) }
                                }
                            }
                        }
                    }
                }
                h2 { (say(lang, "Decisions since the committee last met", "გადაწყვეტილებები კომიტეტის ბოლო სხდომიდან")) }
                @if report.decisions.is_empty() {
                    (none("No meeting held yet.", "სხდომა ჯერ არ ჩატარებულა."))
                }
                @for meeting in &report.decisions {
                    h3 { (meeting.held_on.to_string()) ", " (code_label(lang, meeting.kind.as_str())) }
                    @if meeting.decisions.is_empty() {
                        (none("No decisions.", "გადაწყვეტილებები არ არის."))
                    } @else {
                        ul {
                            @for decision in &meeting.decisions {
                                li { (decision.text) " "
                                    small { "(" (say(lang, "endorses", "ამტკიცებს")) " " (code_label(lang, &decision.endorses)) ")" } }
                            }
                        }
                    }
                }
                footer {
                    (say(lang, "integra, Migration Division of the Ministry of Labour, Health and Social Affairs of Georgia. Figures as the reader may see them: counts of one to four are not shown to committee members.",
                        "integra, საქართველოს შრომის, ჯანმრთელობისა და სოციალური დაცვის სამინისტროს მიგრაციის სამმართველო. მაჩვენებლები ისე, როგორც მკითხველს შეუძლია ნახოს: ერთიდან ოთხამდე რიცხვები კომიტეტის წევრებს არ ეჩვენებათ."))
                }
            }
        }
    };
    page.into_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_whole_or_to_two_decimals() {
        assert_eq!(number(1200.0), "1200");
        assert_eq!(number(64.5), "64.5");
        assert_eq!(number(0.126), "0.13");
        assert_eq!(number(-3.0), "-3");
        assert_eq!(number(2.999), "3");
    }
}
