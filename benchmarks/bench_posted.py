"""Where each listed draft went out, asked by draft id, against reading the newest 1,000 outbox posts.

    python benchmarks/bench_posted.py [--posts 100000]

Builds a throwaway database of ``--posts`` sent posts, one per draft, then times what the drafts list
asks for each page of 200 rows it loads (``Outbox.posted``), with the posts-by-draft index and with it
dropped, and what the list used to read instead (the newest 1,000 posts, which misses older drafts).
Prints the median of each and the ratios. Runs on the list's background lane in the app, never the GUI
thread; the figures say how long a page's "Posted to …" marks hold up the next page.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def median_ms(job: Callable[[], object], runs: int = 9) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        job()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--posts", type=int, default=100_000)
    count = parser.parse_args().posts
    folder = os.environ["CRIER_DATA_DIR"] = tempfile.mkdtemp(prefix="crier-bench-posted-")
    try:
        run(count)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def run(count: int) -> None:
    from sqlalchemy import insert, text

    from desktop.core.accounts import Accounts
    from desktop.core.db import open_database
    from desktop.core.models import Draft, Post, utcnow
    from desktop.core.outbox import Outbox
    from desktop.core.paths import app_paths

    db = open_database(app_paths().ensure())
    account = Accounts(db).add("x", "@cyngor").id
    now = utcnow()
    with db.write() as session:
        session.execute(
            insert(Draft),
            [dict(body=f"Notice {i}", display_title=f"Notice {i}", status="sent") for i in range(count)],
        )
        session.execute(
            insert(Post),
            [
                dict(account_id=account, draft_id=i + 1, state="sent", parts=[f"Notice {i}"], sent_at=now)
                for i in range(count)
            ],
        )
    outbox = Outbox(db)
    page = range(count // 2, count // 2 + 200)  # a page from the middle of the list
    indexed = median_ms(lambda: outbox.posted(page))
    newest = median_ms(lambda: outbox.posts(limit=1000), runs=3)
    with db.write() as session:
        session.execute(text("DROP INDEX ix_posts_draft"))
    scanned = median_ms(lambda: outbox.posted(page))
    db.close()
    print(f"{count} sent posts; a page of 200 drafts:")
    print(f"  posted() with ix_posts_draft:   {indexed:7.1f} ms")
    print(f"  posted() without it:            {scanned:7.1f} ms  ({scanned / indexed:.0f}x the indexed)")
    print(f"  newest 1,000 posts (the old way): {newest:5.1f} ms  ({newest / indexed:.0f}x, and inexact)")


if __name__ == "__main__":
    main()
