"""Opening, listing, searching and autosaving with 100,000 drafts.

    python benchmarks/bench_drafts.py [--drafts 100000]

Builds a throwaway database of realistic council drafts (Welsh and English) in a temp folder, then
times what the window does: open (with migrations check), the first screen of the list, a deep page,
searches as someone types them, pathological searches (a word repeated thousands of times, a 1 MB
paste, many one-letter prefixes) against the aim of 100 ms for any input, how soon a cancelled search
gives the reader thread back, and one autosave (committed with synchronous=FULL).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

WORDS = [
    "bin",
    "collection",
    "recycling",
    "road",
    "closure",
    "library",
    "opening",
    "hours",
    "council",
    "tax",
    "planning",
    "application",
    "school",
    "admissions",
    "park",
    "event",
    "festival",
    "consultation",
    "parking",
    "permit",
    "roadworks",
    "diversion",
    "flood",
    "warning",
    "gritting",
    "leisure",
    "centre",
    "swimming",
    "pool",
    "museum",
    "housing",
    "repairs",
    "grant",
    "business",
    "rates",
    "election",
    "polling",
    "station",
    "Caerdydd",
    "ŵyl",
    "fwyd",
    "Sadwrn",
    "llyfrgell",
    "ysgol",
    "parc",
    "digwyddiad",
    "Bae",
    "Casnewydd",
    "Abertawe",
    "gwasanaeth",
]


def build(path: Path, count: int) -> None:
    from desktop.core.collation import title_key
    from desktop.core.db import open_database
    from desktop.core.paths import AppPaths

    root = path.parent
    paths = AppPaths(
        data=root, logs=root / "logs", backups=root / "b", media=root / "m", config=root
    ).ensure()
    db = open_database(paths)
    rng = random.Random(7)
    rows = []
    for i in range(count):
        body = " ".join(rng.choice(WORDS) for _ in range(rng.randint(15, 45)))
        minutes = count - i
        rows.append((body.split(" ", 1)[0].title() + " " + str(i), body, minutes))
    with db.write() as session:
        conn = session.connection()
        # Index once at the end, then put back the schema's own trigger (whatever columns it indexes).
        schema = "SELECT sql FROM sqlite_master WHERE name = 'drafts_fts_insert'"
        trigger = conn.exec_driver_sql(schema).scalar()
        conn.exec_driver_sql("DROP TRIGGER drafts_fts_insert")
        conn.exec_driver_sql(
            "INSERT INTO drafts (title, display_title, title_key, body, status, networks, language,"
            " ignored_findings, created_at, updated_at) VALUES ('', ?, ?, ?, 'draft', '[\"x\"]', 'en', '[]',"
            " strftime('%Y-%m-%d %H:%M:%S.000000', 'now', '-' || ? || ' minutes'),"
            " strftime('%Y-%m-%d %H:%M:%S.000000', 'now', '-' || ? || ' minutes'))",
            [(t, title_key(t, "en"), b, m, m) for t, b, m in rows],
        )
        conn.exec_driver_sql("INSERT INTO drafts_fts(drafts_fts) VALUES ('rebuild')")
        conn.exec_driver_sql(trigger)
    db.close()


def timed(fn: Callable[[], object], repeat: int = 20) -> tuple[float, float]:
    """Median and worst wall time in milliseconds."""
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples), max(samples)


def cancel_latency(store: object) -> float:
    """Milliseconds from cancelling a deliberately slow read (every draft, sorted by title) to it stopping."""
    import threading

    from desktop.core.store import DraftQuery, SearchCancelled, Sort

    cancel = threading.Event()
    stopped: list[float] = []

    def read() -> None:
        try:
            store.page(DraftQuery("a b c", sort=Sort.TITLE), None, 10**9, cancelled=cancel.is_set)  # type: ignore[attr-defined]
        except SearchCancelled:
            stopped.append(time.perf_counter())

    worker = threading.Thread(target=read)
    worker.start()
    time.sleep(0.02)
    cancelled_at = time.perf_counter()
    cancel.set()
    worker.join()
    return (stopped[0] - cancelled_at) * 1000 if stopped else 0.0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--drafts", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["CRIER_DATA_DIR"] = tmp
        from desktop.core.db import open_database
        from desktop.core.paths import app_paths
        from desktop.core.store import DraftQuery, DraftStore, Sort

        paths = app_paths().ensure()
        start = time.perf_counter()
        build(paths.database, args.drafts)
        print(
            f"built {args.drafts:,} drafts in {time.perf_counter() - start:.1f} s "
            f"({paths.database.stat().st_size / 1e6:.0f} MB)"
        )

        results: list[tuple[str, float, float]] = []

        def opened() -> None:
            open_database(paths).close()

        results.append(("open database (migration check)", *timed(opened, 10)))
        db = open_database(paths)
        store = DraftStore(db)
        results.append(("first screen of the list (200 rows)", *timed(lambda: store.page(DraftQuery()))))
        deep = store.page(DraftQuery(), None, 200)
        for _ in range(250):  # scroll 50,000 rows down
            deep = store.page(DraftQuery(), deep[-1].cursor(Sort.NEWEST), 200)
        after = deep[-1].cursor(Sort.NEWEST)
        results.append(("a page 50,000 rows down", *timed(lambda: store.page(DraftQuery(), after))))
        results.append(
            ("first screen sorted by title", *timed(lambda: store.page(DraftQuery(sort=Sort.TITLE))))
        )
        for typed in ("b", "bi", "bin", "bin coll", "ŵyl", "wyl fwyd", "flood warning gritting", "zzzz"):
            query = DraftQuery(typed)
            results.append((f"search “{typed}” first screen", *timed(lambda q=query: store.page(q), 10)))
        aim_ms = 100.0
        pathological = {
            "“bin” ×100": "bin " * 100,
            "“bin” ×1,000": "bin " * 1000,
            "“bin” ×5,000": "bin " * 5000,
            "1 MB paste of council words": (" ".join(WORDS) + " ") * (1_000_000 // 400),
            "1 MB of one letter": "a" * 1_000_000,
            "26 one-letter prefixes": " ".join("abcdefghijklmnopqrstuvwxyz"),
            "“ŵyl” typed decomposed ×1,000": "w\u0302yl " * 1000,
        }
        worst_ratio = 0.0
        for name, typed in pathological.items():
            query = DraftQuery(typed)
            median, worst = timed(lambda q=query: store.page(q), 5)
            worst_ratio = max(worst_ratio, worst / aim_ms)
            results.append((f"search {name} ({len(typed.encode()):,} bytes)", median, worst))
        draft = store.create(body="Autosave benchmark")
        counter = iter(range(10**9))
        results.append(
            (
                "autosave (one committed save, synchronous=FULL)",
                *timed(
                    lambda: store.save(draft.id, title="", body=f"Autosave benchmark {next(counter)}"), 100
                ),
            )
        )
        cancel_ms = cancel_latency(store)
        db.close()

        width = max(len(name) for name, *_ in results)
        print(f"{'operation':<{width}}  median ms  worst ms")
        for name, median, worst in results:
            print(f"{name:<{width}}  {median:9.2f}  {worst:8.2f}")
        print(
            f"slowest pathological search / {aim_ms:.0f} ms aim: {worst_ratio:.2f}"
            f" ({'within' if worst_ratio < 1 else 'OVER'} the aim)"
        )
        print(f"a cancelled search gave the reader back {cancel_ms:.1f} ms after it was cancelled")


if __name__ == "__main__":
    main()
