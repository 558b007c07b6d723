"""Validate request and response bodies against X's official API v2 OpenAPI document.

The fake X server uses this to reject non-conforming request bodies the way X does (so app bugs surface in
tests), and tests use it to check that the fake's own answers match the spec. The spec is OpenAPI 3.0, whose
schema dialect is close to JSON Schema draft 4 except for ``nullable``; we translate that and let
``jsonschema`` resolve ``$ref`` pointers into ``components`` through a ``referencing`` registry.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import jsonschema
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

SPEC_URI = "urn:x-api-v2:openapi"
REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_SPEC_PATH = REPO_ROOT.parent / "shared" / "reference" / "x-api" / "openapi.json"
HTTP_METHODS = ("get", "post", "put", "patch", "delete")


class SpecUnavailable(RuntimeError):
    """Raised when the OpenAPI document cannot be found, so callers can skip rather than fail."""


def _escape_pointer(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def _media_type(content_type: str | None) -> str:
    return (content_type or "").split(";", 1)[0].strip().lower()


def oas30_to_jsonschema(node: Any) -> Any:
    """Rewrite OpenAPI 3.0 ``nullable`` into plain JSON Schema so jsonschema understands it."""
    if isinstance(node, list):
        return [oas30_to_jsonschema(item) for item in node]
    if not isinstance(node, dict):
        return node
    out = {key: oas30_to_jsonschema(value) for key, value in node.items()}
    if out.pop("nullable", False) is True and "$ref" not in out:
        kind = out.get("type")
        if isinstance(kind, str):
            out["type"] = [kind, "null"]
        if "enum" in out and None not in out["enum"]:
            out["enum"] = [*out["enum"], None]
    return out


@dataclass(frozen=True)
class Operation:
    """One method+path of the spec, with the JSON pointer used to address its schemas."""

    method: str
    template: str
    pointer: str
    spec: Mapping[str, Any]

    @property
    def operation_id(self) -> str:
        return str(self.spec.get("operationId", ""))

    def request_media_types(self) -> list[str]:
        body = self.spec.get("requestBody") or {}
        return list((body.get("content") or {}).keys())

    @property
    def request_body_required(self) -> bool:
        return bool((self.spec.get("requestBody") or {}).get("required"))

    def security_schemes(self) -> dict[str, list[str]]:
        """Scheme name → required OAuth 2.0 scopes (empty for non-OAuth schemes)."""
        schemes: dict[str, list[str]] = {}
        for requirement in self.spec.get("security") or []:
            for name, scopes in requirement.items():
                schemes[name] = list(scopes)
        return schemes


class SpecValidator:
    """Looks up operations by concrete method and path and validates bodies against their schemas."""

    def __init__(self, spec: Mapping[str, Any]) -> None:
        self.raw = spec
        self._converted = oas30_to_jsonschema(spec)
        resource = Resource.from_contents(self._converted, default_specification=DRAFT4)
        self._registry: Registry = Registry().with_resource(SPEC_URI, resource)
        self._routes = self._build_routes()
        self._validators: dict[str, jsonschema.protocols.Validator] = {}

    @classmethod
    def load(cls, path: Path | str | None = None) -> SpecValidator:
        """Load the spec from ``path`` (default: the shared reference copy beside the repo)."""
        spec_path = Path(path) if path is not None else DEFAULT_SPEC_PATH
        if not spec_path.is_file():
            raise SpecUnavailable(f"X API OpenAPI spec not found at {spec_path}")
        return _load_cached(str(spec_path.resolve()))

    def _build_routes(self) -> list[tuple[re.Pattern[str], Operation]]:
        routes: list[tuple[int, re.Pattern[str], Operation]] = []
        for template, item in (self.raw.get("paths") or {}).items():
            pattern = re.compile("^" + re.sub(r"\\\{[^}/]+\\\}", "[^/]+", re.escape(template)) + "$")
            for method in HTTP_METHODS:
                if method not in item:
                    continue
                pointer = f"/paths/{_escape_pointer(template)}/{method}"
                op = Operation(method.upper(), template, pointer, item[method])
                routes.append((template.count("{"), pattern, op))
        # Literal segments beat templated ones (e.g. /2/tweets/search/recent over /2/tweets/{id}).
        routes.sort(key=lambda entry: entry[0])
        return [(pattern, op) for _, pattern, op in routes]

    def operation(self, method: str, path: str) -> Operation | None:
        """The spec operation serving this concrete request path, if any."""
        method = method.upper()
        path = path.split("?", 1)[0]
        for pattern, op in self._routes:
            if op.method == method and pattern.match(path):
                return op
        return None

    def _validator_for(self, pointer: str) -> jsonschema.protocols.Validator:
        validator = self._validators.get(pointer)
        if validator is None:
            schema = {"$ref": f"{SPEC_URI}#{pointer}"}
            validator = jsonschema.Draft4Validator(schema, registry=self._registry)
            self._validators[pointer] = validator
        return validator

    def _errors(self, pointer: str, instance: Any) -> list[str]:
        validator = self._validator_for(pointer)
        messages = []
        for error in sorted(validator.iter_errors(instance), key=lambda e: list(e.absolute_path)):
            where = "$" + "".join(
                f"[{part}]" if isinstance(part, int) else f".{part}" for part in error.absolute_path
            )
            messages.append(f"{where}: {error.message}")
        return messages

    def resolve(self, pointer_or_ref: str) -> Any:
        """The (converted) schema at a JSON pointer or ``#/...`` reference, following one ``$ref``."""
        pointer = pointer_or_ref.removeprefix("#")
        node = self._registry.resolver(SPEC_URI).lookup(f"{SPEC_URI}#{pointer}").contents
        if isinstance(node, dict) and "$ref" in node:
            return self.resolve(node["$ref"])
        return node

    def request_schema_pointer(self, op: Operation, content_type: str) -> str | None:
        media = _media_type(content_type)
        content = (op.spec.get("requestBody") or {}).get("content") or {}
        if media not in content or "schema" not in content[media]:
            return None
        return f"{op.pointer}/requestBody/content/{_escape_pointer(media)}/schema"

    def validate_request(
        self, method: str, path: str, body: Any, content_type: str = "application/json"
    ) -> list[str]:
        """Error messages for a request body (empty when it conforms or the path isn't in the spec)."""
        op = self.operation(method, path)
        if op is None:
            return []
        pointer = self.request_schema_pointer(op, content_type)
        if pointer is None:
            if op.request_media_types():
                return [f"$: content type {_media_type(content_type)!r} is not accepted by {op.operation_id}"]
            return []
        return self._errors(pointer, body)

    def response_schema_pointer(self, op: Operation, status: int, content_type: str) -> str | None:
        responses = op.spec.get("responses") or {}
        key = next(
            (k for k in (str(status), f"{str(status)[0]}XX", "default") if k in responses),
            None,
        )
        if key is None:
            return None
        content = responses[key].get("content") or {}
        media = _media_type(content_type)
        if media not in content or "schema" not in content[media]:
            return None
        return f"{op.pointer}/responses/{_escape_pointer(key)}/content/{_escape_pointer(media)}/schema"

    def validate_response(
        self,
        method: str,
        path: str,
        status: int,
        body: Any,
        content_type: str = "application/json",
    ) -> list[str]:
        """Error messages for a response body; an undocumented status/content type is itself an error."""
        op = self.operation(method, path)
        if op is None:
            return [f"{method.upper()} {path} is not an operation in the spec"]
        pointer = self.response_schema_pointer(op, status, content_type)
        if pointer is None:
            return [
                f"{op.operation_id}: no documented {status} response with content type "
                f"{_media_type(content_type)!r}"
            ]
        return self._errors(pointer, body)

    def coerce_form(self, pointer: str, fields: Mapping[str, Any]) -> dict[str, Any]:
        """Turn multipart form fields (all strings/bytes) into the typed object the schema describes."""
        schema = self.resolve(pointer)
        props = schema.get("properties", {}) if isinstance(schema, dict) else {}
        out: dict[str, Any] = {}
        for name, value in fields.items():
            kind = (props.get(name) or {}).get("type")
            if isinstance(value, bytes):
                out[name] = "<binary>"
            elif kind == "integer" and isinstance(value, str) and re.fullmatch(r"-?\d+", value):
                out[name] = int(value)
            elif kind == "boolean" and value in ("true", "false"):
                out[name] = value == "true"
            else:
                out[name] = value
        return out


@lru_cache(maxsize=4)
def _load_cached(path: str) -> SpecValidator:
    with open(path, encoding="utf-8") as handle:
        return SpecValidator(json.load(handle))


def load_optional(path: Path | str | None = None) -> SpecValidator | None:
    """The validator, or None when the spec is absent (the fake then runs without validation)."""
    try:
        return SpecValidator.load(path)
    except SpecUnavailable:
        return None


def scopes_required(op: Operation | None, fallback: Iterable[str] = ()) -> list[str]:
    """OAuth 2.0 user-context scopes an operation demands, or ``fallback`` when unknown."""
    if op is None:
        return list(fallback)
    return op.security_schemes().get("OAuth2UserToken", list(fallback))
