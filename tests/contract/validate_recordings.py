#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The contract oracle: every answer the server suites received, checked against docs/openapi.yaml.

The suites record each exchange (tests/common/ApiRecorder) as one JSON line: method, target, status,
content type and body. For each answer this script finds the documented operation (path template and
method), the documented response for the status, the media type, and validates the body with the
response's schema (OpenAPI 3.1 schemas are JSON Schema 2020-12; the validator is python3-jsonschema).
It fails on any mismatch and on any answer from an undocumented route or method. A request the test
marked off-contract (probing an unknown path or method on purpose) must be refused with 404 or 405
and a problem+json body. A path documented ahead of the server (`x-since`, the v1.1 routes) may answer
404 with a problem+json body until it is served.
"""
import argparse
import collections
import json
import pathlib
import re
import sys

import jsonschema
import yaml

METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


def pointer(*parts):
    return "#/" + "/".join(str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def resolve(spec, node):
    """Follows a $ref to an object of the document (responses may be $ref objects)."""
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        if not ref.startswith("#/"):
            raise ValueError(f"only local references are supported: {ref}")
        target = spec
        for part in ref[2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node, location = target, ref
    return node


def response_location(spec, path, method, status):
    """(response object, JSON pointer of it) for a documented status, else (None, None)."""
    responses = spec["paths"][path][method].get("responses", {})
    for key in (str(status), f"{str(status)[0]}XX", "default"):
        if key in responses:
            node = responses[key]
            location = pointer("paths", path, method, "responses", key)
            while isinstance(node, dict) and "$ref" in node:
                location = node["$ref"]
                node = resolve(spec, node)
            return node, location
    return None, None


class Contract:
    def __init__(self, spec):
        self.spec = spec
        self.routes = []
        for path in spec.get("paths", {}):
            regex = "^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(path)) + "$"
            self.routes.append((path.count("{"), path, re.compile(regex)))
        self.routes.sort()  # literal segments win over parameters
        self.validators = {}

    def route(self, target):
        path = target.split("?", 1)[0]
        for _, template, regex in self.routes:
            if regex.match(path):
                return template
        return None

    def validator(self, schema_pointer):
        if schema_pointer not in self.validators:
            # One root that holds the whole document, so every #/components/... reference resolves
            # inside it; the keywords of OpenAPI beside the schemas are ignored by JSON Schema.
            root = {"$schema": "https://json-schema.org/draft/2020-12/schema",
                    "components": self.spec.get("components", {}), "paths": self.spec.get("paths", {}),
                    "$ref": schema_pointer}
            self.validators[schema_pointer] = jsonschema.Draft202012Validator(root)
        return self.validators[schema_pointer]

    def check(self, record):
        """Problems with one recorded answer, as (kind, where, detail); empty when it conforms."""
        method = record["method"].lower()
        status = record["status"]
        template = self.route(record["target"])
        off_contract = record.get("off_contract", False)
        if template is None or method not in self.spec["paths"][template]:
            if not off_contract:
                what = "undocumented route" if template is None else f"undocumented method on {template}"
                return [(what, f"{record['method']} {template or record['target']}", f"answered {status}")]
            if status not in (404, 405):
                return [("off-contract request served", f"{record['method']} {record['target']}",
                         f"answered {status}, not 404/405")]
            return self.check_body(record, "#/components/schemas/Problem", "application/problem+json")
        response, location = response_location(self.spec, template, method, status)
        if response is None and status == 404 and "x-since" in self.spec["paths"][template]:
            # A route documented ahead of the server (x-since, e.g. API v1.1) that this server does
            # not serve yet: its 404 must still be a proper problem, and nothing else is accepted.
            return self.check_body(record, "#/components/schemas/Problem", "application/problem+json", template)
        if response is None:
            return [("undocumented status", f"{record['method']} {template} {status}", "")]
        content = response.get("content")
        body = record["body"].strip()
        if not content:
            return [] if not body else [("body where none is documented", f"{record['method']} {template} {status}",
                                         body[:120])]
        media = record["content_type"].split(";")[0].strip().lower()
        if media not in content:
            return [("undocumented content type", f"{record['method']} {template} {status}",
                     f"'{media}' (documented: {', '.join(content)})")]
        schema_location = location + "/content/" + media.replace("~", "~0").replace("/", "~1") + "/schema"
        if "schema" not in content[media]:
            return []
        return self.check_body(record, schema_location, media, template)

    def check_body(self, record, schema_pointer, media, template=None):
        label = f"{record['method']} {template or record['target']} {record['status']}"
        if record["content_type"].split(";")[0].strip().lower() != media:
            return [("wrong content type", label, f"'{record['content_type']}', expected {media}")]
        try:
            body = json.loads(record["body"])
        except json.JSONDecodeError:
            return [("body is not JSON", label, record["body"][:120])]
        problems = []
        for error in sorted(self.validator(schema_pointer).iter_errors(body), key=lambda e: list(e.path)):
            where = "/".join(str(p) for p in error.absolute_path) or "(body)"
            problems.append(("schema mismatch", f"{label} at {where}", error.message[:200]))
        if media == "application/problem+json" and isinstance(body, dict) and body.get("status") != record["status"]:
            problems.append(("problem status differs", label, f"body status {body.get('status')}"))
        return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--openapi", required=True)
    parser.add_argument("--recordings", required=True, help="folder of <suite>.jsonl files")
    parser.add_argument("--expect", nargs="*", default=[], help="suites that must have recorded answers")
    args = parser.parse_args()

    spec = yaml.safe_load(pathlib.Path(args.openapi).read_text(encoding="utf-8"))
    contract = Contract(spec)
    folder = pathlib.Path(args.recordings)
    failures = collections.OrderedDict()  # (kind, where) -> [count, first place, first detail]
    answers = 0
    operations = set()
    missing = [s for s in args.expect if not (folder / f"{s}.jsonl").is_file()]
    for suite in missing:
        failures[("no recordings", suite)] = [1, str(folder), "recorded nothing"]

    for file in sorted(folder.glob("*.jsonl")) if folder.is_dir() else []:
        for number, line in enumerate(file.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            record = json.loads(line)
            answers += 1
            template = contract.route(record["target"])
            if template:
                operations.add((record["method"].upper(), template))
            for kind, where, detail in contract.check(record):
                entry = failures.setdefault((kind, where), [0, f"{file.name}:{number}", detail])
                entry[0] += 1

    for (kind, where), (count, place, detail) in failures.items():
        print(f"FAIL {kind}: {where}" + (f": {detail}" if detail else "") + f" ({count}x, first {place})")
    documented = sum(1 for p in spec["paths"].values() for m in p if m in METHODS)
    print(f"{answers} answers from {len(list(folder.glob('*.jsonl'))) if folder.is_dir() else 0} suites; "
          f"{len(operations)} of {documented} documented operations exercised; "
          f"{sum(entry[0] for entry in failures.values())} mismatches")
    return 1 if failures or answers == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
