//! The OpenAPI 3.1 document of the API, built by hand as JSON.
//!
//! Why not generated from the handlers (utoipa): the API is seven operations whose
//! interesting parts (two media types in and out, `ETag`/`If-Match`, problem
//! responses, one path per export format) need hand-written annotations anyway, and
//! this way costs no proc-macro build time. The document is kept honest by tests:
//! the committed `docs/api/openapi.json` must equal what is served, every documented
//! operation must be routed, and every response the tests see must be documented.

use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use rolwijzer_export::Format;
use serde::ser::{Serialize, SerializeMap, Serializer};
use serde_json::{Map, Value, json};
use std::sync::OnceLock;

/// Every `code` a problem response can carry.
pub const PROBLEM_CODES: &[&str] = &[
    "token-required",
    "token-invalid",
    "forbidden",
    "not-found",
    "unknown-format",
    "precondition-required",
    "stale-revision",
    "unsupported-media-type",
    "too-large",
    "invalid-document",
    "invalid-slug",
    "slug-taken",
    "collaboration-limit",
    "storage-limit",
    "bad-parameter",
    "too-many",
    "internal",
    "no-such-path",
    "method-not-allowed",
];

/// `GET /api/openapi.json`.
pub async fn serve() -> Response {
    let mut res = text().to_owned().into_response();
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    // Not personal: the same for everyone.
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    res
}

/// The document as served and committed: pretty JSON with sorted keys and a final
/// newline. Sorted by us, so the text does not depend on whether some other crate in
/// the build switched on serde_json's `preserve_order`.
pub fn text() -> &'static str {
    static TEXT: OnceLock<String> = OnceLock::new();
    TEXT.get_or_init(|| {
        let mut s = serde_json::to_string_pretty(&Sorted(&document())).unwrap_or_default();
        s.push('\n');
        s
    })
}

/// A JSON value that serialises its objects with keys in byte order.
struct Sorted<'a>(&'a Value);

impl Serialize for Sorted<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.0 {
            Value::Object(m) => {
                let mut entries: Vec<(&String, &Value)> = m.iter().collect();
                entries.sort_by(|a, b| a.0.cmp(b.0));
                let mut map = s.serialize_map(Some(entries.len()))?;
                for (k, v) in entries {
                    map.serialize_entry(k, &Sorted(v))?;
                }
                map.end()
            }
            Value::Array(items) => s.collect_seq(items.iter().map(Sorted)),
            other => other.serialize(s),
        }
    }
}

fn problem_ref(description: &str) -> Value {
    json!({
        "description": description,
        "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}
    })
}

fn response_ref(name: &str) -> Value {
    json!({"$ref": format!("#/components/responses/{name}")})
}

fn param_ref(name: &str) -> Value {
    json!({"$ref": format!("#/components/parameters/{name}")})
}

/// The media type without parameters (`text/csv; charset=utf-8` → `text/csv`).
fn bare(media: &str) -> &str {
    media.split(';').next().unwrap_or(media).trim()
}

/// What each export format's 200 response can hold, one entry per media type.
fn export_content() -> Value {
    let mut content = Map::new();
    for f in Format::ALL {
        let media = bare(f.media_type());
        let schema = if f == Format::Json {
            json!({"schema": {"$ref": "#/components/schemas/Report"}})
        } else if media == "application/yaml" {
            // YAML is structured data to a client (schemathesis parses it), not a
            // string: the `maintenance` block of publiccode.yml.
            json!({"schema": {"type": "object"}})
        } else if f.is_text() {
            json!({"schema": {"type": "string"}})
        } else {
            // Binary files: OpenAPI 3.1 describes them by the media type alone.
            json!({})
        };
        content.insert(media.to_owned(), schema);
    }
    Value::Object(content)
}

/// The whole OpenAPI document.
pub fn document() -> Value {
    let mut doc = skeleton();
    if let Some(schemas) = doc
        .pointer_mut("/components/schemas")
        .and_then(Value::as_object_mut)
    {
        schemas.extend(super::schema::document_schemas());
    }
    doc
}

/// Everything but the schemas of the role-division document.
fn skeleton() -> Value {
    let formats: Vec<&str> = Format::ALL.iter().map(|f| f.id()).collect();
    let format_list = Format::ALL
        .iter()
        .map(|f| format!("`{}` ({})", f.id(), bare(f.media_type())))
        .collect::<Vec<_>>()
        .join(", ");
    json!({
        "openapi": "3.1.0",
        "info": {
            "title": "rolwijzer API",
            "version": env!("CARGO_PKG_VERSION"),
            "license": {"name": "EUPL-1.2", "identifier": "EUPL-1.2"},
            "description": "Read and change the role division of an inter-municipal open-source collaboration, get its analysis and every export.\n\n\
    Authentication: a personal API token, made on the page /account/tokens, sent as `Authorization: Bearer rwt_…`. The token acts with its owner's roles: a viewer can read, an editor or owner can also replace the document; anyone with a token can start a new collaboration, and owns it. Without a token (or without a role), only collaborations an owner published in full can be read, and then as their public view: people appear as their organisation, without e-mail address, phone number, hours, job title or forge user name, unless an owner switched that kind of detail on. Collaborations published as a summary only are listed (`published: true`) but their document, report and exports answer 404. Cookies are not used on /api.\n\n\
    A collaboration the caller may not see answers 404, exactly like one that does not exist. Writing without a token answers 401, whatever the collaboration.\n\n\
    Changing the document: read it (`GET …/document`), keep its `ETag` (the revision number in quotes), and send that back in `If-Match` with the `PUT`. If someone saved in between, the answer is 412 with the newest `ETag`: fetch again, apply your change, send again. Nothing is ever lost: every save is a new revision.\n\n\
    Errors are `application/problem+json` (RFC 9457) with `title`, `detail` (what to do, in the language of `?lang=` or `Accept-Language`; Dutch by default), `status` and a stable `code`.\n\n\
    The document format is described in docs/FORMAT.md, and as JSON Schema in `Document` below.\n\n    The responses carry links (OpenAPI `links`) that spell this out: from a document to its replacement with the `ETag` as `If-Match`."
        },
        "security": [{}, {"bearer": []}],
        "paths": {
            "/api/openapi.json": {
                "get": {
                    "operationId": "getOpenApi",
                    "summary": "This OpenAPI document",
                    "security": [],
                    "responses": {
                        "200": {
                            "description": "The OpenAPI 3.1 document.",
                            "content": {"application/json": {"schema": {"type": "object"}}}
                        }
                    }
                }
            },
            "/api/collaborations": {
                "get": {
                    "operationId": "listCollaborations",
                    "summary": "The collaborations the caller can see",
                    "description": "The caller's own collaborations (with their role) and every published one (role `null` when the caller is not a member), by name.",
                    "responses": {
                        "200": {
                            "description": "The collaborations.",
                            "links": {
                                "GetFirstDocument": {
                                    "operationId": "getDocument",
                                    "parameters": {"slug": "$response.body#/0/slug"},
                                    "description": "The document of the first collaboration in the list."
                                }
                            },
                            "content": {"application/json": {"schema": {
                                "type": "array",
                                "items": {"$ref": "#/components/schemas/Collaboration"}
                            }}}
                        },
                        "401": response_ref("Unauthorized")
                    }
                },
                "post": {
                    "operationId": "createCollaboration",
                    "summary": "Start a new collaboration from a document",
                    "description": "Stores the body as the first revision of a new collaboration; the caller becomes its owner. The body is checked exactly like `PUT …/document` checks it. Its name in URLs (`slug` in the answer) is the `slug` asked for, or one made from the collaboration's name, followed by a dash and six random characters, always: whether a name is in use by a collaboration the caller cannot see is never revealed, so the answer is the same for such a name and for a free one. The `Location` is its document, the `ETag` its first revision, ready for a `PUT` with `If-Match`.",
                    "security": [{"bearer": []}],
                    "parameters": [param_ref("NewSlug")],
                    "requestBody": {
                        "required": true,
                        "description": "The whole document, as JSON or YAML (at most 4 MB).",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Document"}},
                            "application/yaml": {"schema": {"$ref": "#/components/schemas/Document"}}
                        }
                    },
                    "responses": {
                        "201": {
                            "description": "Created. `Location` is the new collaboration's document; the `ETag` is revision 1.",
                            "links": {
                                "GetCreatedDocument": {
                                    "operationId": "getDocument",
                                    "parameters": {"slug": "$response.body#/slug"}
                                },
                                "ReplaceCreatedDocument": {
                                    "operationId": "putDocument",
                                    "parameters": {"slug": "$response.body#/slug", "header.If-Match": "$response.header.ETag"},
                                    "description": "The first change, based on revision 1."
                                }
                            },
                            "headers": {
                                "ETag": {"$ref": "#/components/headers/ETag"},
                                "Location": {"$ref": "#/components/headers/Location"}
                            },
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Created"}}}
                        },
                        "401": response_ref("Unauthorized"),
                        "409": problem_ref("No free name was found after a few random draws (`slug-taken`); practically never happens, and says nothing about which names exist. Try again. Nothing was created."),
                        "403": problem_ref("The account already owns as many collaborations as this server allows (`collaboration-limit`, `--max-collaborations-per-account`). Nothing was created."),
                        "413": problem_ref("The body is larger than a document may be (4 MB), or storing it would take the collaboration over the bytes this server allows for all its versions together (`storage-limit`, `--max-bytes-per-collaboration`). Nothing was stored."),
                        "415": problem_ref("The body is neither `application/json` nor `application/yaml`."),
                        "422": problem_ref("The body is not a valid document (`invalid-document`, with `line` and `column`), or `slug` is not a valid name (`invalid-slug`)."),
                        "503": response_ref("Busy")
                    }
                }
            },
            "/api/collaborations/{slug}/document": {
                "parameters": [param_ref("Slug")],
                "get": {
                    "operationId": "getDocument",
                    "summary": "The role division (newest revision)",
                    "description": "JSON by default; YAML (as in a `rolverdeling.yaml` file) with `Accept: application/yaml`. The `ETag` is the revision number.",
                    "parameters": [param_ref("IfNoneMatch")],
                    "responses": {
                        "200": {
                            "description": "The document.",
                            "links": {
                                "ReplaceDocument": {
                                    "operationId": "putDocument",
                                    "parameters": {"slug": "$request.path.slug", "header.If-Match": "$response.header.ETag"},
                                    "description": "A change based on this revision."
                                }
                            },
                            "headers": {"ETag": {"$ref": "#/components/headers/ETag"}},
                            "content": {
                                "application/json": {"schema": {"$ref": "#/components/schemas/Document"}},
                                "application/yaml": {"schema": {"$ref": "#/components/schemas/Document"}}
                            }
                        },
                        "304": {
                            "description": "`If-None-Match` names the newest revision: nothing changed.",
                            "headers": {"ETag": {"$ref": "#/components/headers/ETag"}}
                        },
                        "401": response_ref("Unauthorized"),
                        "503": response_ref("Busy"),
                        "404": response_ref("NotFound")
                    }
                },
                "put": {
                    "operationId": "putDocument",
                    "summary": "Replace the role division",
                    "description": "Saves the body as a new revision, if `If-Match` names the newest one. The body is checked exactly like `rolwijzer check` does; a body that cannot be read is refused with its line and column. Sending the same document again makes no new revision (`changed: false`). Needs the editor or owner role.",
                    "security": [{"bearer": []}],
                    "parameters": [param_ref("IfMatch")],
                    "requestBody": {
                        "required": true,
                        "description": "The whole document, as JSON or YAML (at most 4 MB).",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Document"}},
                            "application/yaml": {"schema": {"$ref": "#/components/schemas/Document"}}
                        }
                    },
                    "responses": {
                        "200": {
                            "description": "Saved (or unchanged). The `ETag` is the newest revision.",
                            "links": {
                                "ReplaceAgain": {
                                    "operationId": "putDocument",
                                    "parameters": {"slug": "$request.path.slug", "header.If-Match": "$response.header.ETag"},
                                    "description": "The next change, based on the revision just saved."
                                }
                            },
                            "headers": {"ETag": {"$ref": "#/components/headers/ETag"}},
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Saved"}}}
                        },
                        "401": response_ref("Unauthorized"),
                        "403": problem_ref("The caller may read this collaboration but not change it (viewer, or a published collaboration they are not a member of)."),
                        "503": response_ref("Busy"),
                        "404": response_ref("NotFound"),
                        "412": {
                            "description": "`If-Match` does not name the newest revision, or someone saved first. Nothing was saved. The `ETag` header and `revision` give the newest revision.",
                            "headers": {"ETag": {"$ref": "#/components/headers/ETag"}},
                            "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}
                        },
                        "413": problem_ref("The body is larger than a document may be (4 MB), or storing it would take the collaboration over the bytes this server allows for all its versions together (`storage-limit`, `--max-bytes-per-collaboration`). Nothing was stored."),
                        "415": problem_ref("The body is neither `application/json` nor `application/yaml`."),
                        "422": problem_ref("The body is not a valid document; `line` and `column` say where, `detail` what is wrong."),
                        "428": problem_ref("`If-Match` is missing (or `*`): send the `ETag` of the revision the change is based on.")
                    }
                }
            },
            "/api/collaborations/{slug}/report": {
                "parameters": [param_ref("Slug")],
                "get": {
                    "operationId": "getReport",
                    "summary": "The analysis of the newest revision",
                    "description": "Findings, checklist, workload and more, in the shape `rolwijzer check --format json` writes. Analysed for today.",
                    "parameters": [param_ref("Lang")],
                    "responses": {
                        "200": {
                            "description": "The analysis.",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Report"}}}
                        },
                        "400": response_ref("BadParameter"),
                        "401": response_ref("Unauthorized"),
                        "503": response_ref("Busy"),
                        "404": response_ref("NotFound"),
                        "500": response_ref("ServerError")
                    }
                }
            },
            "/api/collaborations/{slug}/export/{format}": {
                "parameters": [param_ref("Slug"), param_ref("Format")],
                "get": {
                    "operationId": "getExport",
                    "summary": "One export file of the newest revision",
                    "description": format!("As a download (`Content-Disposition: attachment`). Formats: {format_list}."),
                    "parameters": [param_ref("Lang"), param_ref("CsvSeparator")],
                    "responses": {
                        "200": {
                            "description": "The file, in the media type of the format.",
                            "headers": {"Content-Disposition": {"$ref": "#/components/headers/ContentDisposition"}},
                            "content": export_content()
                        },
                        "400": response_ref("BadParameter"),
                        "401": response_ref("Unauthorized"),
                        "503": response_ref("Busy"),
                        "404": response_ref("NotFound"),
                        "500": response_ref("ServerError")
                    }
                }
            }
        },
        "components": {
            "securitySchemes": {
                "bearer": {
                    "type": "http",
                    "scheme": "bearer",
                    "bearerFormat": "rwt_ followed by 64 hexadecimal characters",
                    "description": "A personal API token, made (and revoked) on the page /account/tokens. Shown once; rolwijzer stores only its hash."
                }
            },
            "parameters": {
                "Slug": {
                    "name": "slug",
                    "in": "path",
                    "required": true,
                    "description": "The collaboration's name in URLs, as in /c/{slug}.",
                    "schema": {"type": "string", "minLength": 1}
                },
                "NewSlug": {
                    "name": "slug",
                    "in": "query",
                    "required": false,
                    "description": "The beginning of the new collaboration's name in URLs: lowercase letters, digits and single dashes, at most 60 characters (cut to 53). rolwijzer adds a dash and six random characters, whether or not the name is in use, so read the slug from the answer. Made from the collaboration's name when left out.",
                    "schema": {"type": "string", "minLength": 1, "maxLength": 60, "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$"}
                },
                "Format": {
                    "name": "format",
                    "in": "path",
                    "required": true,
                    "description": "The export format.",
                    "schema": {"type": "string", "enum": formats}
                },
                "Lang": {
                    "name": "lang",
                    "in": "query",
                    "required": false,
                    "description": "Language of the texts; by default from `Accept-Language`, else Dutch.",
                    "schema": {"type": "string", "enum": ["nl", "en"]}
                },
                "CsvSeparator": {
                    "name": "csv_separator",
                    "in": "query",
                    "required": false,
                    "description": "Field separator of the `csv` export; `semicolon` (the default) suits Dutch spreadsheets.",
                    "schema": {"type": "string", "enum": ["comma", "semicolon"], "default": "semicolon"}
                },
                "IfMatch": {
                    "name": "If-Match",
                    "in": "header",
                    "required": true,
                    "description": "The `ETag` of the revision the new document is based on, e.g. `\"7\"`.",
                    "schema": {"type": "string"}
                },
                "IfNoneMatch": {
                    "name": "If-None-Match",
                    "in": "header",
                    "required": false,
                    "description": "An `ETag` the caller has; 304 when it is still the newest.",
                    "schema": {"type": "string"}
                }
            },
            "headers": {
                "ETag": {
                    "description": "The revision number, in quotes (e.g. `\"7\"`). Send it back in `If-Match`.",
                    "schema": {"type": "string", "pattern": "^\"[1-9][0-9]*\"$"}
                },
                "Location": {
                    "description": "Where the new resource is, e.g. `/api/collaborations/open-loket/document`.",
                    "schema": {"type": "string"}
                },
                "WWWAuthenticate": {
                    "description": "The Bearer challenge (RFC 6750).",
                    "schema": {"type": "string"}
                },
                "ContentDisposition": {
                    "description": "`attachment` with the file name.",
                    "schema": {"type": "string"}
                }
            },
            "responses": {
                "Unauthorized": {
                    "description": "A token is needed and none was sent (`token-required`), or the token is malformed, unknown or revoked (`token-invalid`).",
                    "headers": {"WWW-Authenticate": {"$ref": "#/components/headers/WWWAuthenticate"}},
                    "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}
                },
                "NotFound": problem_ref("No such collaboration (or export format), or the caller may not see it."),
                "BadParameter": problem_ref("A query parameter has a value that is not allowed."),
                "Busy": problem_ref("Too much heavy work at once (analyses, exports): the request waited its turn and then gave up (`busy`). Try again after `Retry-After` seconds."),
                "ServerError": problem_ref("Something went wrong on the server; `detail` gives a reference for the administrator.")
            },
            "schemas": {
                "Problem": {
                    "type": "object",
                    "description": "An error (RFC 9457 problem details).",
                    "required": ["title", "status", "detail", "code"],
                    "properties": {
                        "title": {"type": "string", "description": "The status, in words."},
                        "status": {"type": "integer", "minimum": 400, "maximum": 599},
                        "detail": {"type": "string", "description": "What is wrong and what to do."},
                        "code": {"type": "string", "enum": PROBLEM_CODES, "description": "Stable, for programs."},
                        "line": {"type": "integer", "minimum": 1, "description": "422: the line of the body where the problem is."},
                        "column": {"type": "integer", "minimum": 1, "description": "422: the column."},
                        "revision": {"type": "integer", "minimum": 1, "description": "412: the newest revision."}
                    },
                    "additionalProperties": false
                },
                "Collaboration": {
                    "type": "object",
                    "required": ["slug", "name", "role", "revision", "published"],
                    "properties": {
                        "slug": {"type": "string"},
                        "name": {"type": "string"},
                        "role": {
                            "type": ["string", "null"],
                            "enum": ["owner", "editor", "viewer", null],
                            "description": "The caller's role; `null` for a published collaboration they are not a member of."
                        },
                        "revision": {"type": "integer", "minimum": 1, "description": "The newest revision."},
                        "published": {"type": "boolean"}
                    },
                    "additionalProperties": false
                },
                "FindingCounts": {
                    "type": "object",
                    "required": ["errors", "warnings", "advice"],
                    "properties": {
                        "errors": {"type": "integer", "minimum": 0},
                        "warnings": {"type": "integer", "minimum": 0},
                        "advice": {"type": "integer", "minimum": 0}
                    },
                    "additionalProperties": false
                },
                "Saved": {
                    "type": "object",
                    "required": ["revision", "changed", "message", "summary"],
                    "properties": {
                        "revision": {"type": "integer", "minimum": 1, "description": "The newest revision, also in the `ETag`."},
                        "changed": {"type": "boolean", "description": "`false` when the document was the same and no revision was made."},
                        "message": {"type": "string", "description": "The line in the history."},
                        "summary": {"$ref": "#/components/schemas/FindingCounts"}
                    },
                    "additionalProperties": false
                },
                "Created": {
                    "type": "object",
                    "required": ["slug", "revision", "summary"],
                    "properties": {
                        "slug": {"type": "string", "description": "The new collaboration's name in URLs."},
                        "revision": {"type": "integer", "minimum": 1, "description": "Its first revision (1), also in the `ETag`."},
                        "summary": {"$ref": "#/components/schemas/FindingCounts"}
                    },
                    "additionalProperties": false
                },
                "Finding": {
                    "type": "object",
                    "required": ["code", "severity", "message"],
                    "properties": {
                        "code": {"type": "string", "description": "Stable code, e.g. `K001`; `rolwijzer explain CODE` explains it."},
                        "severity": {"type": "string", "enum": ["error", "warning", "advice"]},
                        "message": {"type": "string"}
                    }
                },
                "Report": {
                    "type": "object",
                    "description": "The analysis as `rolwijzer check --format json` writes it: findings, checklist, workload, departure, rotation, reserve, evaluation and contact.",
                    "required": ["findings", "summary"],
                    "properties": {
                        "findings": {"type": "array", "items": {"$ref": "#/components/schemas/Finding"}},
                        "summary": {"$ref": "#/components/schemas/FindingCounts"}
                    }
                }
            }
        }
    })
}
