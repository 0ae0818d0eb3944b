"""The distributed path: a local multi-process Dask cluster gives the same records as one process."""

from __future__ import annotations

import json

import pytest

import newskit
from newskit.exporters.jsonl import article_record

db = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

from newskit.dask import parse_bag, to_article_records  # noqa: E402

TEXTS = [
    {
        "id": f"doc{n}",
        "text": f"Story {n}\n\nOfficials met in Kabul on Sunday. Talks went on.\n",
        "published": "2025-01-09",
    }
    for n in range(12)
]


def local_records() -> list[dict[str, object]]:
    pm = newskit.get_plugin_manager()
    out = []
    for item in TEXTS:
        digest = newskit.parse(item["text"], published=item["published"], document=item["id"], plugin_manager=pm)
        out.extend(article_record(digest, article) for article in digest.articles)
    return out


def test_digests_pickle_cleanly(seed_digest: newskit.Digest) -> None:
    import pickle

    assert pickle.loads(pickle.dumps(seed_digest)) == seed_digest


@pytest.mark.slow
def test_local_cluster_gives_the_same_records_as_one_process() -> None:
    with (
        distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        distributed.Client(cluster),
    ):
        bag = db.from_sequence(TEXTS, npartitions=4)
        records = to_article_records(parse_bag(bag)).compute()
    assert json.dumps(records, sort_keys=True) == json.dumps(local_records(), sort_keys=True)


def test_plain_strings_with_the_synchronous_scheduler() -> None:
    bag = db.from_sequence(["One story.", "Another story."], npartitions=2)
    digests = parse_bag(bag, published="2025-01-09", blocked=["events"]).compute(scheduler="sync")
    assert [d.text for d in digests] == ["One story.", "Another story."]
    assert all(str(d.published) == "2025-01-09" for d in digests)
