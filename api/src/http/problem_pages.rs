//! The pages that explain each kind of problem: the `type` of every error
//! answer is `/problems/<slug>`, and this serves it: `docs/problems/<slug>.md`
//! (compiled into the binary) as a self-contained HTML page, or as Markdown to
//! a client that asks for `text/markdown`. `/problems/` lists them all.

use actix_web::http::header;
use actix_web::{web, HttpRequest, HttpResponse};
use maud::{html, PreEscaped, DOCTYPE};
use pulldown_cmark::{CowStr, Event, Options, Parser, Tag};

use crate::error::ApiError;
use crate::problem::{ProblemType, TYPE_BASE};

/// The index of the pages (`docs/problems/README.md`).
const INDEX: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../docs/problems/README.md"
));

/// What a page may load: nothing but its inline style.
const CONTENT_SECURITY_POLICY: &str =
    "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

const STYLE: &str = "body { font-family: system-ui, sans-serif; max-width: 46rem; margin: 2rem auto; \
    padding: 0 1rem; line-height: 1.5; color: #1b1b1b; } \
    code, pre { font-family: ui-monospace, monospace; background: #f2f4f8; } \
    pre { padding: 0.75rem; overflow-x: auto; } \
    table { border-collapse: collapse; } th, td { border-bottom: 1px solid #ccc; padding: 0.3rem 0.6rem; text-align: left; vertical-align: top; }";

/// Registers `/problems/` and `/problems/{slug}` (outside `/api/v1`).
pub fn configure(config: &mut web::ServiceConfig) {
    config
        .route(TYPE_BASE, web::get().to(index))
        .route(&format!("{TYPE_BASE}{{slug}}"), web::get().to(page));
}

/// The paths this module answers, for the answers to unknown methods.
pub const PATHS: &[&str] = &["/problems/", "/problems/{slug}"];

async fn index(req: HttpRequest) -> HttpResponse {
    answer(&req, "Problems", INDEX)
}

async fn page(req: HttpRequest, slug: web::Path<String>) -> Result<HttpResponse, ApiError> {
    let kind = ProblemType::from_slug(&slug).ok_or(ApiError::NotFound)?;
    Ok(answer(&req, kind.title(), kind.page()))
}

/// The page as HTML, or its Markdown when asked for.
fn answer(req: &HttpRequest, title: &str, markdown: &'static str) -> HttpResponse {
    let mut response = HttpResponse::Ok();
    response
        .insert_header((header::CACHE_CONTROL, "public, max-age=3600"))
        .insert_header((header::VARY, "Accept"));
    if crate::routes::accepts(req, "text/markdown") {
        return response
            .insert_header((header::CONTENT_TYPE, "text/markdown; charset=utf-8"))
            .body(markdown);
    }
    response
        .insert_header((header::CONTENT_TYPE, "text/html; charset=utf-8"))
        .insert_header((header::CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY))
        .body(render(title, markdown))
}

/// A self-contained HTML page of `markdown` (our own text, from `docs/problems`).
fn render(title: &str, markdown: &str) -> String {
    // Links between the pages name their files (`conflict.md`, as the folder is
    // read in the repository); served, a page is its slug.
    let events = Parser::new_ext(markdown, Options::ENABLE_TABLES).map(|event| match event {
        Event::Start(Tag::Link {
            link_type,
            dest_url,
            title,
            id,
        }) => {
            let dest_url = match dest_url.strip_suffix(".md") {
                Some(slug) if !slug.contains([':', '/']) => CowStr::from(slug.to_owned()),
                _ => dest_url,
            };
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            })
        }
        other => other,
    });
    let mut body = String::new();
    pulldown_cmark::html::push_html(&mut body, events);
    html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) " · integra" }
                style { (PreEscaped(STYLE)) }
            }
            body {
                main { (PreEscaped(body)) }
                footer { p { a href=(TYPE_BASE) { "All problems" } " · " a href="/docs/" { "API documentation" } } }
            }
        }
    }
    .into_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every page has the parts a reader looks for, and its example's `type`
    /// is its own.
    #[test]
    fn every_page_explains_its_problem() {
        for kind in ProblemType::ALL {
            let page = kind.page();
            assert!(page.starts_with("# "), "{}", kind.slug());
            for section in ["## When it happens", "## How to fix", "## Example"] {
                assert!(page.contains(section), "{}: no {section}", kind.slug());
            }
            let own_type = format!("\"type\": \"{TYPE_BASE}{}\"", kind.slug());
            assert!(page.contains(&own_type), "{}: no {own_type}", kind.slug());
            assert!(!kind.title().is_empty());
        }
    }

    /// Every page in `docs/problems` is a kind of problem the code has (none is
    /// left behind when a kind goes), and the index links every kind.
    #[test]
    fn every_page_belongs_to_a_kind_and_the_index_lists_them() {
        let folder = concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/problems");
        for entry in std::fs::read_dir(folder).unwrap() {
            let name = entry.unwrap().file_name().into_string().unwrap();
            if name == "README.md" {
                continue;
            }
            let slug = name.strip_suffix(".md").unwrap_or(&name);
            assert!(
                ProblemType::from_slug(slug).is_some(),
                "{name}: no such kind of problem"
            );
        }
        for kind in ProblemType::ALL {
            assert!(
                INDEX.contains(&format!("({}.md)", kind.slug()))
                    || INDEX.contains(&format!("{TYPE_BASE}{}", kind.slug())),
                "the index does not link {}",
                kind.slug()
            );
        }
    }

    #[test]
    fn pages_render_to_html_with_tables() {
        assert_eq!(ProblemType::PreconditionFailed.title(), "Version mismatch");
        let page = render(ProblemType::Conflict.title(), ProblemType::Conflict.page());
        assert!(page.starts_with("<!DOCTYPE html>"));
        assert!(page.contains("<title>Conflict · integra</title>"), "{page}");
        assert!(page.contains("<h2>When it happens</h2>"));
        assert!(page.contains("<table>"));
    }
}
