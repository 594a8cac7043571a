//! Answers for paths no route takes: 405 with `Allow` where the path exists under
//! another method, 404 otherwise; both as problems.

use actix_web::http::header::{self, HeaderValue};
use actix_web::http::{Method, StatusCode};
use actix_web::{web, HttpMessage, HttpRequest, HttpResponse};

use crate::error::problem_response;
use crate::problem::Problem;

/// The path templates the server answers, with their methods.
#[derive(Debug, Clone, Default)]
pub struct KnownRoutes(Vec<(Vec<String>, Vec<String>)>);

impl KnownRoutes {
    /// Adds a template such as `/api/v1/persons/{id}` answering `method`.
    pub fn add(&mut self, template: &str, method: &str) {
        let segments: Vec<String> = template.split('/').map(str::to_owned).collect();
        let method = method.to_ascii_uppercase();
        match self.0.iter_mut().find(|(s, _)| *s == segments) {
            Some((_, methods)) if !methods.contains(&method) => methods.push(method),
            Some(_) => {}
            None => self.0.push((segments, vec![method])),
        }
    }

    /// Collects the routes of an OpenAPI document.
    pub fn from_openapi(doc: &utoipa::openapi::OpenApi) -> Self {
        let mut routes = Self::default();
        for (template, item) in &doc.paths.paths {
            let methods = [
                ("GET", item.get.is_some()),
                ("POST", item.post.is_some()),
                ("PUT", item.put.is_some()),
                ("PATCH", item.patch.is_some()),
                ("DELETE", item.delete.is_some()),
            ];
            for (method, present) in methods {
                if present {
                    routes.add(template, method);
                }
            }
        }
        routes
    }

    /// The methods answered at `path`, if any template matches it.
    pub fn methods_for(&self, path: &str) -> Option<Vec<String>> {
        let parts: Vec<&str> = path.split('/').collect();
        let mut methods: Vec<String> = Vec::new();
        for (segments, allowed) in &self.0 {
            let matches = segments.len() == parts.len()
                && segments.iter().zip(&parts).all(|(template, part)| {
                    (template.starts_with('{') && !part.is_empty()) || template == part
                });
            if matches {
                methods.extend(
                    allowed
                        .iter()
                        .filter(|m| !methods.contains(m))
                        .cloned()
                        .collect::<Vec<_>>(),
                );
            }
        }
        (!methods.is_empty()).then_some(methods)
    }
}

/// Marks a request that no route took (for the access log and metrics).
#[derive(Debug, Clone, Copy)]
pub struct Unmatched;

/// The default service of the app.
pub async fn unmatched(req: HttpRequest, routes: web::Data<KnownRoutes>) -> HttpResponse {
    req.extensions_mut().insert(Unmatched);
    match routes.methods_for(req.path()) {
        Some(methods)
            if !methods.iter().any(|m| m == req.method().as_str())
                || req.method() == Method::HEAD =>
        {
            let mut problem = Problem::for_status(StatusCode::METHOD_NOT_ALLOWED);
            problem.detail = format!(
                "{} is not answered here; use {}",
                req.method(),
                methods.join(", ")
            );
            problem.allowed_methods = Some(methods.clone());
            let mut response = problem_response(problem);
            if let Ok(allow) = HeaderValue::from_str(&methods.join(", ")) {
                response.headers_mut().insert(header::ALLOW, allow);
            }
            response
        }
        _ => problem_response(Problem::for_status(StatusCode::NOT_FOUND)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matching() {
        let mut routes = KnownRoutes::default();
        routes.add("/api/v1/persons", "get");
        routes.add("/api/v1/persons", "post");
        routes.add("/api/v1/persons/{id}", "get");
        routes.add("/api/v1/persons/by-external-id/{system}/{value}", "put");
        assert_eq!(
            routes.methods_for("/api/v1/persons").unwrap(),
            ["GET", "POST"]
        );
        assert_eq!(routes.methods_for("/api/v1/persons/abc").unwrap(), ["GET"]);
        assert_eq!(
            routes
                .methods_for("/api/v1/persons/by-external-id/a/b")
                .unwrap(),
            ["PUT"]
        );
        assert!(routes.methods_for("/api/v1/persons/").is_none());
        assert!(routes.methods_for("/api/v1/nothing").is_none());
    }
}
