"""The shipped JSON Schema describes exactly what the json and jsonl formats write."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import given, settings

import newskit
from newskit.exporters.jsonl import article_record
from newskit.schema import SCHEMA_FILE, load_schema
from newskit.serialize import SCHEMA, digest_to_dict

from .samples import SAMPLES, example_digest, kabul_digest
from .strategies import digests

ROOT = Path(__file__).resolve().parent.parent

# The contract as first agreed: these keys must stay, whatever is added around them.
CONTRACT: dict[str, set[str]] = {
    "digest": {"schema", "published", "actors", "articles"},
    "actor": {"id", "name", "kind", "aliases", "roles", "affiliations", "mentions"},
    "mention": {"start", "end", "text", "article"},
    "article": {"id", "start", "end", "title", "summary", "paragraphs", "sentences", "times", "events", "quotes",
                "quantities"},
    "time": {"id", "start", "end", "text", "type", "value", "date_start", "date_end"},
    "event": {"id", "type", "trigger", "sentence", "participants", "time", "date_start", "date_end", "location"},
    "participant": {"actor", "role"},
    "quote": {"start", "end", "text", "speaker"},
    "quantity": {"start", "end", "text", "value", "unit"},
}  # fmt: skip


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    return load_schema()


@pytest.fixture(scope="module")
def validator(schema: dict[str, Any]) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(schema)


def record_validator(schema: dict[str, Any]) -> jsonschema.Draft202012Validator:
    """A validator for one jsonl line: the schema's ``articleRecord``."""
    wrapper = {key: schema[key] for key in ("$schema", "$id", "$defs")}
    return jsonschema.Draft202012Validator({**wrapper, "$ref": "#/$defs/articleRecord"})


def _resolve(schema: dict[str, Any], root: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema and schema["$ref"].startswith("#/$defs/") and "properties" not in schema:
        schema = root["$defs"][schema["$ref"].removeprefix("#/$defs/")]
    return schema


def _branches(schema: dict[str, Any], root: dict[str, Any]) -> list[dict[str, Any]]:
    """The object schemas an instance may be checked against: through $ref, allOf and anyOf."""
    schema = _resolve(schema, root)
    found = [schema]
    for key in ("allOf", "anyOf", "oneOf"):
        for sub in schema.get(key, ()):
            found += _branches(sub, root)
    if "$ref" in schema and "properties" in schema:
        found += _branches({"$ref": schema["$ref"]}, root)
    return found


def undeclared(instance: Any, schema: dict[str, Any], root: dict[str, Any], where: str = "") -> list[str]:
    """Paths of keys in ``instance`` that the schema does not declare (the schema itself allows them)."""
    branches = _branches(schema, root)
    if isinstance(instance, dict):
        properties: dict[str, Any] = {}
        for branch in branches:
            properties.update(branch.get("properties", {}))
        missing = [f"{where}.{key}" for key in instance if key not in properties]
        for key, value in instance.items():
            if key in properties:
                missing += undeclared(value, properties[key], root, f"{where}.{key}")
        return missing
    if isinstance(instance, list):
        items: Any = next((b["items"] for b in branches if "items" in b), {})
        return [path for n, value in enumerate(instance) for path in undeclared(value, items, root, f"{where}[{n}]")]
    return []


# --- the schema itself -------------------------------------------------------------------------


def test_the_schema_is_valid_draft_2020_12(schema: dict[str, Any]) -> None:
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["title"] == SCHEMA == schema["properties"]["schema"]["const"]


def test_the_schema_ships_in_the_package_and_loads_fresh_each_time() -> None:
    import newskit.schema

    assert (Path(newskit.schema.__file__).parent / SCHEMA_FILE).is_file()
    first = load_schema()
    first["title"] = "changed"
    assert load_schema()["title"] == SCHEMA


def _object_schemas(node: Any, path: str = "") -> list[tuple[str, dict[str, Any]]]:
    found = []
    if isinstance(node, dict):
        if isinstance(node.get("properties"), dict):
            found.append((path, node))
        for key, value in node.items():
            if key != "properties" or not isinstance(value, dict):
                found += _object_schemas(value, f"{path}/{key}")
            else:
                found += [hit for name, sub in value.items() for hit in _object_schemas(sub, f"{path}/{name}")]
    elif isinstance(node, list):
        found += [hit for n, value in enumerate(node) for hit in _object_schemas(value, f"{path}/{n}")]
    return found


def test_every_key_is_required_and_more_keys_are_allowed(schema: dict[str, Any]) -> None:
    # Every key is always written (null when empty); consumers must accept keys added later.
    for path, node in _object_schemas(schema):
        assert set(node["required"]) == set(node["properties"]), path
        assert node.get("additionalProperties", True) is True, path
        assert all(prop.get("description") or "$ref" in prop for prop in node["properties"].values()), path


@pytest.mark.parametrize("name", sorted(CONTRACT))
def test_the_agreed_contract_keys_are_required(schema: dict[str, Any], name: str) -> None:
    node = schema if name == "digest" else schema["$defs"][name]
    assert CONTRACT[name] <= set(node["required"])


def test_every_key_is_documented_in_the_contract_page(schema: dict[str, Any]) -> None:
    page = (ROOT / "docs" / "json-contract.md").read_text(encoding="utf-8")
    keys = {key for _, node in _object_schemas(schema) for key in node["properties"]}
    assert not [key for key in sorted(keys) if f"`{key}`" not in page]
    assert not [name for name in sorted(schema["$defs"]) if name not in {"offset", "date"} and f"`{name}`" not in page]


# --- what the exporters write validates, and declares nothing the schema does not ---------------


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_sample_digests_validate(schema: dict[str, Any], validator: jsonschema.Draft202012Validator, name: str) -> None:
    data = json.loads(newskit.dumps(SAMPLES[name]()))
    validator.validate(data)
    assert undeclared(data, schema, schema) == []


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_jsonl_records_validate(schema: dict[str, Any], name: str) -> None:
    digest = SAMPLES[name]()
    for article in digest.articles:
        record = json.loads(json.dumps(article_record(digest, article)))
        record_validator(schema).validate(record)
        assert undeclared(record, {"$ref": "#/$defs/articleRecord"}, schema) == []


def test_the_parsed_seed_validates(
    schema: dict[str, Any], validator: jsonschema.Draft202012Validator, seed_text: str
) -> None:
    digest = newskit.parse(seed_text, published="2025-01-09")
    data = json.loads(newskit.dumps(digest))
    validator.validate(data)
    assert undeclared(data, schema, schema) == []
    for article in digest.articles:
        record_validator(schema).validate(json.loads(json.dumps(article_record(digest, article))))


@settings(max_examples=60, deadline=None)
@given(digests())
def test_generated_digests_validate(digest: newskit.Digest) -> None:
    schema = load_schema()
    data = json.loads(newskit.dumps(digest))
    jsonschema.Draft202012Validator(schema).validate(data)
    assert undeclared(data, schema, schema) == []


def test_a_key_the_schema_does_not_know_is_reported(schema: dict[str, Any]) -> None:
    data = digest_to_dict(kabul_digest())
    data["articles"][0]["events"][0]["trigger"]["extra"] = 1
    data["new"] = True
    assert undeclared(data, schema, schema) == [".new", ".articles[0].events[0].trigger.extra"]


def _break(path: str, value: Any) -> dict[str, Any]:
    data = copy.deepcopy(digest_to_dict(kabul_digest()))
    *parents, last = [int(p) if p.isdigit() else p for p in path.split("/")]
    node: Any = data
    for part in parents:
        node = node[part]
    if value is KeyError:
        del node[last]
    else:
        node[last] = value
    return data


INVALID = [
    # (path, value, why)
    ("schema", "newskit/2", "another contract"),
    ("published", "9 January 2025", "dates are ISO 8601"),
    ("actors/0/kind", "thing", "kinds are a closed list"),
    ("actors/0/mentions/0/start", -1, "offsets are not negative"),
    ("actors/0/aliases", "Luna", "aliases are a list"),
    ("articles/0/times/0/type", "date", "TIMEX3 types are upper case"),
    ("articles/0/events/0/participants/0/role", "speaker", "roles are a closed list"),
    ("articles/0/events/0/date_start", "2025-1-5", "dates are zero-padded"),
    ("articles/0/events/0/trigger", {"start": 1, "end": 2}, "a trigger carries its text"),
    ("articles/0/events/0/polarity", "maybe", "polarity is positive or negative"),
    ("articles/1/quantities/0/value", "40000000", "values are numbers"),
    ("articles/0/title", KeyError, "keys are never dropped"),
    ("articles/0/events/0/location", KeyError, "null, not missing"),
]  # fmt: skip


@pytest.mark.parametrize(("path", "value", "why"), INVALID)
def test_the_schema_rejects(validator: jsonschema.Draft202012Validator, path: str, value: Any, why: str) -> None:
    validator.validate(_break("schema", "newskit/1"))  # the unbroken export is fine
    with pytest.raises(jsonschema.ValidationError):
        validator.validate(_break(path, value))


def test_offsets_point_at_their_text_in_the_export() -> None:
    # The invariant JSON Schema cannot say: text[start:end] == text, for every item that has both.
    data = digest_to_dict(kabul_digest())
    text = data["text"]

    def walk(node: Any) -> int:
        if isinstance(node, dict):
            here = int(isinstance(node.get("text"), str) and "start" in node)
            if here:
                assert text[node["start"] : node["end"]] == node["text"], node
            return here + sum(walk(v) for k, v in node.items() if k != "text")
        if isinstance(node, list):
            return sum(walk(v) for v in node)
        return 0

    assert walk(data) > 20
    assert all(re.fullmatch(r"art\d+", a["id"]) for a in data["articles"])


def test_a_digest_is_not_an_article_record(schema: dict[str, Any]) -> None:
    digest = kabul_digest()
    record = json.loads(json.dumps(article_record(digest, digest.articles[0])))
    del record["actors"]
    with pytest.raises(jsonschema.ValidationError, match="'actors' is a required property"):
        record_validator(schema).validate(record)
    with pytest.raises(jsonschema.ValidationError):
        record_validator(schema).validate(digest_to_dict(digest))


def test_the_example_in_the_contract_page_is_a_real_export(validator: jsonschema.Draft202012Validator) -> None:
    page = (ROOT / "docs" / "json-contract.md").read_text(encoding="utf-8")
    example = page.split("## Example", 1)[1].split("```json\n", 1)[1].split("```", 1)[0]
    assert example == newskit.dumps(example_digest())
    validator.validate(json.loads(example))
    assert newskit.load_json(example) == example_digest()
