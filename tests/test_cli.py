"""The command, run for real in a subprocess on real files."""

from __future__ import annotations

import gzip
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import cleanse
from cleanse.batch import html_available

from .conftest import ROOT, SEEDS

SEED = SEEDS / "000_1df48a8ff55d4118.txt"
EXPECTED = (SEEDS / "000_1df48a8ff55d4118.expected.txt").read_text(encoding="utf-8")
BODY = "Markets rose on Monday as investors weighed the outlook for interest rates."
BODY2 = "Oil slid for a third day as traders weighed rising stockpiles in the United States."
DEV = ROOT.parent / "shared" / "eval" / "aeb" / "docs"


def cli(
    *args: str | Path, stdin: bytes | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "cleanse.cli", *map(str, args)],
        input=stdin,
        capture_output=True,
        cwd=cwd,
        timeout=120,
    )


def counts(stderr: bytes) -> dict[str, int]:
    m = re.search(rb"([\d,]+) records in: ([\d,]+) cleaned, ([\d,]+) unchanged, ([\d,]+) errors", stderr)
    assert m, stderr.decode()
    n = [int(g.replace(b",", b"")) for g in m.groups()]
    assert n[0] == n[1] + n[2] + n[3], "the counts must add up"
    return dict(zip(("in", "cleaned", "unchanged", "errors"), n, strict=True))


def dev_texts(n: int) -> list[Path]:
    if not DEV.is_dir():
        pytest.skip("development pages (../shared/eval) not available")
    return sorted(DEV.glob("*/extracted.txt"))[:n]


def leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if "cleanse-tmp" in p.name]


# --- text ---------------------------------------------------------------------------


def test_seed_to_file(tmp_path: Path) -> None:
    out = tmp_path / "seed.txt"
    (tmp_path / "seed.errors.jsonl").write_text("{}\n")  # from an earlier run: goes
    r = cli("clean", SEED, "-o", out)
    assert r.returncode == 0, r.stderr
    assert out.read_text(encoding="utf-8").rstrip() == EXPECTED.rstrip()
    assert counts(r.stderr) == {"in": 1, "cleaned": 1, "unchanged": 0, "errors": 0}
    assert b"comments" in r.stderr and b"disclaimer" in r.stderr  # characters removed per category
    assert sorted(p.name for p in tmp_path.iterdir()) == ["seed.txt"]


def test_legacy_form_prints_text_and_nothing_else() -> None:
    r = cli(SEED)
    assert r.returncode == 0
    assert r.stdout.decode("utf-8").rstrip() == EXPECTED.rstrip()
    assert r.stderr == b""


def test_stdin_to_stdout() -> None:
    r = cli("clean", "-", stdin=SEED.read_bytes())
    assert r.returncode == 0, r.stderr
    assert r.stdout.decode("utf-8").rstrip() == EXPECTED.rstrip()
    lines = b"".join(
        json.dumps({"text": t}).encode() + b"\n" for t in ("Advertisement\n\n" + BODY, "Bonds fell.")
    )
    r = cli("clean", "--format", "jsonl", stdin=lines)
    assert r.returncode == 0, r.stderr
    assert [json.loads(x)["text"] for x in r.stdout.splitlines()] == [BODY, "Bonds fell."]


def test_folder_mirrors_folder(tmp_path: Path) -> None:
    src = tmp_path / "pages"
    for i, p in enumerate(dev_texts(8)):
        dest = src / ("sub" if i % 2 else "") / f"{p.parent.name}.txt"
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_bytes(p.read_bytes())
    (src / ".hidden.txt").write_text("skipped")
    (src / "bad.txt").write_bytes(b"caf\xe9 \xff\xfe")
    out = tmp_path / "clean"
    r = cli("clean", src, "-o", out, "--workers", "2")
    assert r.returncode == 1, r.stderr  # bad.txt failed
    c = counts(r.stderr)
    assert c["in"] == 9 and c["errors"] == 1
    written = sorted(p.relative_to(out) for p in out.rglob("*") if p.is_file())
    expected = sorted(p.relative_to(src) for p in src.rglob("*.txt") if p.name[0] not in ".b")
    assert written == expected
    for rel in written:
        text = (src / rel).read_text(encoding="utf-8")
        assert (out / rel).read_text(encoding="utf-8") == cleanse.clean(text) + "\n"
    errors = [json.loads(x) for x in (tmp_path / "clean.errors.jsonl").read_text().splitlines()]
    assert errors[0]["source"].endswith("bad.txt") and "undecodable" in errors[0]["reason"]
    assert leftovers(tmp_path) == []
    r = cli("clean", src, "-o", tmp_path / "only", "--glob", "sub/*.txt")
    assert len(list((tmp_path / "only").rglob("*.txt"))) == 4


# --- records --------------------------------------------------------------------------


def mixed_jsonl(path: Path) -> list[bytes]:
    big = "Markets rose on Monday as investors weighed the outlook. " * 20_000  # ~1.1 MB
    lines = [
        json.dumps({"id": "ok", "text": "Advertisement\n\n" + BODY, "n": 1.5, "tags": ["a"]}).encode(),
        b'{"id": "broken", "text": ',
        b"",
        json.dumps({"id": "empty", "text": ""}).encode(),
        json.dumps({"id": "number", "text": 42}).encode(),
        json.dumps({"id": "nofield", "body": "x"}).encode(),
        b"[1, 2]",
        b'{"id": "latin1", "text": "caf\xe9"}',
        json.dumps({"id": "huge", "text": big + "\n\nAdvertisement"}).encode(),
        json.dumps(
            {"id": "cjk", "text": "股市上涨。\n\n免责声明：本文仅供参考，不构成投资建议。"},
            ensure_ascii=False,
        ).encode(),
    ]
    path.write_bytes(b"\n".join(lines))  # no final newline
    return lines


def test_jsonl_mixed_records(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    mixed_jsonl(src)
    out = tmp_path / "out.jsonl"
    r = cli("clean", src, "-o", out, "--report", tmp_path / "report.jsonl", "--id-field", "id")
    assert r.returncode == 1, r.stderr
    assert counts(r.stderr)["in"] == 9 and counts(r.stderr)["errors"] == 5
    records = [json.loads(x) for x in out.read_bytes().splitlines()]
    assert [x["id"] for x in records] == ["ok", "empty", "huge", "cjk"]
    assert records[0] == {"id": "ok", "text": BODY, "n": 1.5, "tags": ["a"]}
    assert records[2]["text"].endswith("outlook.")
    errors = [json.loads(x) for x in (tmp_path / "out.errors.jsonl").read_text().splitlines()]
    assert [(e["line"], e["reason"].split(":")[0]) for e in errors] == [
        (2, "invalid JSON"),
        (5, "field 'text' is not text"),
        (6, "missing field 'text'"),
        (7, "not a JSON object"),
        (8, "undecodable bytes"),
    ]
    assert errors[0]["record"] == '{"id": "broken", "text": '  # nothing lost
    report = [json.loads(x) for x in (tmp_path / "report.jsonl").read_text().splitlines()]
    assert len(report) == 9
    assert report[0]["id"] == "ok" and report[0]["removals"][0]["rule_id"] == "chrome.advertisement"
    assert report[0]["removals"][0]["category"] == "chrome"
    assert report[1] == {
        "source": str(src),
        "line": 2,
        "id": 2,
        "status": "error",
        "error": errors[0]["reason"],
    }


def test_output_field_keeps_the_original(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"text": "Advertisement\n\n" + BODY}) + "\n")
    r = cli("clean", src, "--output-field", "clean", "-q")
    assert json.loads(r.stdout) == {"text": "Advertisement\n\n" + BODY, "clean": BODY}
    assert r.stderr == b""


def test_gzip_jsonl_and_json_array(tmp_path: Path) -> None:
    texts = [p.read_text(encoding="utf-8") for p in dev_texts(30)]
    src = tmp_path / "in.jsonl.gz"
    with gzip.open(src, "wt", encoding="utf-8") as fh:
        for i, t in enumerate(texts):
            fh.write(json.dumps({"i": i, "text": t}) + "\n")
    r = cli("clean", src, "-o", tmp_path / "out.jsonl.gz")
    assert r.returncode == 0, r.stderr
    with gzip.open(tmp_path / "out.jsonl.gz", "rt", encoding="utf-8") as fh:
        out = [json.loads(x) for x in fh]
    assert [x["text"] for x in out] == [cleanse.clean(t) for t in texts]

    arr = tmp_path / "in.json"
    arr.write_text(json.dumps([{"i": i, "text": t} for i, t in enumerate(texts)], indent=2))
    r = cli("clean", arr, "-o", tmp_path / "out.json")
    assert r.returncode == 0, r.stderr
    assert [x["text"] for x in json.loads((tmp_path / "out.json").read_text())] == [
        cleanse.clean(t) for t in texts
    ]


def test_json_values_outside_an_array(tmp_path: Path) -> None:
    pretty = tmp_path / "one.json"
    pretty.write_text(json.dumps({"text": "Advertisement\n\n" + BODY, "k": 1}, indent=2))
    r = cli("clean", pretty, "-q")
    assert json.loads(r.stdout) == {"text": BODY, "k": 1}
    lines = tmp_path / "lines.json"
    lines.write_text('{"text": "a"}\n{"text": bad\n{"text": "b"}\n')
    r = cli("clean", lines)
    assert r.returncode == 1 and b"lines.json:2: invalid JSON" in r.stderr
    assert [json.loads(x)["text"] for x in r.stdout.splitlines()] == ["a", "b"]
    arr = tmp_path / "cut.json"
    arr.write_text('[{"text": "a"}, {"text": tru')
    r = cli("clean", arr)
    assert r.returncode == 1 and b"the rest of the file cannot be read" in r.stderr
    assert json.loads(r.stdout) == [{"text": "a"}]


def test_workers_keep_order(tmp_path: Path) -> None:
    texts = [p.read_text(encoding="utf-8") for p in dev_texts(200)]
    src = tmp_path / "in.jsonl"
    with open(src, "w", encoding="utf-8") as fh:
        for i in range(300):  # several chunks, so the pool is used
            fh.write(json.dumps({"i": i, "text": texts[i % len(texts)]}) + "\n")
    one = cli("clean", src, "--workers", "1", "-o", tmp_path / "one.jsonl")
    two = cli("clean", src, "--workers", "2", "-o", tmp_path / "two.jsonl")
    assert one.returncode == two.returncode == 0
    assert (tmp_path / "one.jsonl").read_bytes() == (tmp_path / "two.jsonl").read_bytes()
    assert [json.loads(x)["i"] for x in (tmp_path / "two.jsonl").read_text().splitlines()] == list(range(300))
    assert counts(one.stderr) == counts(two.stderr)


def test_parquet(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    texts = ["Advertisement\n\n" + BODY, None, "Bonds fell.", "Story continues\n\n" + BODY2]
    pq.write_table(pa.table({"id": [10, 11, 12, 13], "text": texts, "w": [0.5] * 4}), tmp_path / "in.parquet")
    out = tmp_path / "out.parquet"
    r = cli("clean", tmp_path / "in.parquet", "-o", out, "--id-field", "id", "--report", tmp_path / "r.jsonl")
    assert r.returncode == 1, r.stderr
    assert counts(r.stderr) == {"in": 4, "cleaned": 2, "unchanged": 1, "errors": 1}
    table = pq.read_table(out)
    assert table.column("id").to_pylist() == [10, 12, 13]
    assert table.column("text").to_pylist() == [BODY, "Bonds fell.", BODY2]
    assert table.column("w").to_pylist() == [0.5] * 3
    (err,) = [json.loads(x) for x in (tmp_path / "out.errors.jsonl").read_text().splitlines()]
    assert err["row"] == 2 and err["record"]["id"] == 11 and "null" in err["reason"]
    assert [json.loads(x)["id"] for x in (tmp_path / "r.jsonl").read_text().splitlines()] == [10, 11, 12, 13]
    assert cli("clean", tmp_path / "in.parquet").returncode == 2  # Parquet needs -o


# --- options, dry run, failure modes ----------------------------------------------------


def test_config_options(tmp_path: Path) -> None:
    out = cli(SEED, "--only", "disclaimer").stdout.decode()
    assert "Deep News10-17" in out and "Leave a comment" in out and "Disclaimer:" not in out
    out = cli(SEED, "--disable", "chrome.source-date").stdout.decode()
    assert "Deep News10-17" in out and "Disclaimer:" not in out
    # A reader's comment is a quarter of this document's running text: over a 0.2 guard.
    thread = tmp_path / "thread.txt"
    thread.write_text(
        f"{BODY} {BODY2}\n\nComments\nI think the board should have waited for the audit first.\n"
    )
    assert cli(thread).stdout.decode() == f"{BODY} {BODY2}\n"
    assert "Comments" in cli(thread, "--guard", "0.2").stdout.decode()
    r = cli("clean", SEED, "--disable", "chrome.no-such-rule")
    assert r.returncode == 2 and b"no such rule" in r.stderr
    assert cli("clean", SEED, "--only", "nope").returncode == 2


def test_user_rules_file(tmp_path: Path) -> None:
    rule = cleanse.Rule(
        id="house.app",
        category="house",
        pattern=r"walrus gazette sends its regards",
        description="house sign-off",
    )
    (tmp_path / "rules.json").write_text(json.dumps([rule.to_dict()]))
    r = cli(
        "clean",
        "-",
        "--rules",
        tmp_path / "rules.json",
        stdin=f"{BODY}\n\nWalrus Gazette sends its regards\n\n{BODY2}".encode(),
    )
    assert r.stdout.decode().strip() == f"{BODY}\n\n{BODY2}"
    assert b"house" in r.stderr


def test_dry_run_and_fail_fast(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    mixed_jsonl(src)
    r = cli("clean", src, "-o", tmp_path / "out.jsonl", "--dry-run", "--report", tmp_path / "r.jsonl")
    assert r.returncode == 1 and counts(r.stderr)["in"] == 9
    assert not (tmp_path / "out.jsonl").exists()
    assert len((tmp_path / "r.jsonl").read_text().splitlines()) == 9
    r = cli("clean", src, "-o", tmp_path / "out.jsonl", "--fail-fast")
    assert r.returncode == 1 and b"--fail-fast" in r.stderr and b":2:" in r.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", "r.jsonl"]


def test_explain_and_rules() -> None:
    r = cli("explain", SEED, "--color", "never")
    out = r.stdout.decode()
    assert "[-Deep News10-17-]{chrome.source-date}" in out
    assert "Radchenko commented." in out
    ids = [x.rule_id for x in cleanse.explain(SEED.read_text(encoding="utf-8")).removals]
    assert out.rstrip().splitlines()[-1] == "rules: " + " ".join(ids)
    assert "\x1b[" in cli("explain", SEED, "--color", "always").stdout.decode()
    table = cli("rules").stdout.decode().splitlines()
    assert table[0].split() == ["id", "category", "languages", "description"]
    assert len(table) == len(cleanse.CATALOGUE) + 1
    rules = json.loads(cli("rules", "--json").stdout)
    assert [x["id"] for x in rules] == [x.id for x in cleanse.CATALOGUE]


def test_html_path_or_clear_error(tmp_path: Path) -> None:
    page = tmp_path / "a.html"
    page.write_text("<html><body><article><p>Markets rose sharply on Monday.</p></article></body></html>")
    r = cli("clean", page)
    if html_available():
        assert r.returncode == 0, r.stderr
        assert "Markets rose sharply on Monday." in r.stdout.decode()
    else:
        assert r.returncode == 2 and b"cleanse.html" in r.stderr


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A JSONL big enough that a run lasts seconds (30,000 dev texts, ~150 MB)."""
    texts = [p.read_text(encoding="utf-8") for p in dev_texts(50)]
    path = tmp_path_factory.mktemp("big") / "big.jsonl"
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(30_000):
            fh.write(json.dumps({"i": i, "text": texts[i % len(texts)]}) + "\n")
    return path


def start(src: Path, out: Path, *extra: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "cleanse.cli", "clean", str(src), "-o", str(out), *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def wait_for_output(proc: subprocess.Popen[bytes], folder: Path) -> None:
    deadline = time.monotonic() + 90  # a loaded machine starts slowly
    while time.monotonic() < deadline and not leftovers(folder):
        time.sleep(0.05)
    if not leftovers(folder):
        proc.kill()
        raise AssertionError(f"the run never started writing: {proc.communicate(timeout=60)[1][-2000:]!r}")
    time.sleep(0.5)
    if proc.poll() is not None:
        raise AssertionError(
            f"the run ended before it could be interrupted: {proc.communicate(timeout=60)[1][-2000:]!r}"
        )


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_interrupt_leaves_no_output(tmp_path: Path, big: Path) -> None:
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    proc = start(big, out_dir / "big.jsonl", "--workers", "2")
    wait_for_output(proc, out_dir)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert b"interrupted by SIGINT" in err and b"no output written" in err
    assert list(out_dir.iterdir()) == []


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc to find the workers")
def test_killed_worker_leaves_no_output(tmp_path: Path, big: Path) -> None:
    proc, out_dir, children = _pool_at_work(tmp_path, big)
    os.kill(int(children[0].name), signal.SIGKILL)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 2, err
    assert b"worker process died" in err and b"no output written" in err
    assert list(out_dir.iterdir()) == []


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc to find the workers")
def test_workers_end_when_the_command_is_killed(tmp_path: Path, big: Path) -> None:
    # SIGKILL leaves the pool no chance to stop its workers: they notice the main process
    # is gone and end, instead of waiting for work forever with the output pipes open.
    proc, _, children = _pool_at_work(tmp_path, big)
    try:
        proc.kill()
        proc.communicate(timeout=60)  # returns only once no worker holds the pipes
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and any(_running(p) for p in children):
            time.sleep(0.1)
        assert not any(_running(p) for p in children)
    finally:
        for p in children:
            if _running(p):
                os.kill(int(p.name), signal.SIGKILL)


def _pool_at_work(tmp_path: Path, big: Path) -> tuple[subprocess.Popen[bytes], Path, list[Path]]:
    """The command cleaning ``big`` with two workers, once it writes: the process, its output
    folder and its workers' /proc entries."""
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    proc = start(big, out_dir / "big.jsonl", "--workers", "2")
    wait_for_output(proc, out_dir)
    children = _workers(proc)
    assert children, "no worker processes found"
    return proc, out_dir, children


def _workers(proc: subprocess.Popen[bytes]) -> list[Path]:
    """The /proc folders of the command's pool workers."""
    return [
        p for p in Path("/proc").iterdir() if p.name.isdigit() and _ppid(p) == proc.pid and b"spawn_main" in _cmdline(p)
    ]


def _running(proc_dir: Path) -> bool:
    """Is the process alive (not gone, not a zombie waiting to be reaped)?"""
    try:
        return (proc_dir / "stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return False


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_killed_command_never_leaves_the_output_name(tmp_path: Path, big: Path) -> None:
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    proc = start(big, out_dir / "big.jsonl", "--workers", "1")
    wait_for_output(proc, out_dir)
    proc.kill()  # SIGKILL: no cleanup possible; only the hidden temporary file remains
    proc.communicate(timeout=60)
    assert not (out_dir / "big.jsonl").exists()
    assert all(p.name.startswith(".big.jsonl.cleanse-tmp-") for p in out_dir.iterdir())


@pytest.mark.skipif(not hasattr(signal, "SIGXFSZ"), reason="POSIX file size limit")
def test_full_disk_leaves_no_output(tmp_path: Path, big: Path) -> None:
    import resource

    def limit() -> None:  # writes past 256 KB fail with EFBIG, as on a full disk
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (256 << 10, 256 << 10))

    out = tmp_path / "out.jsonl"
    proc = subprocess.run(
        [sys.executable, "-m", "cleanse.cli", "clean", str(big), "-o", str(out), "--workers", "1"],
        capture_output=True,
        preexec_fn=limit,
        timeout=120,
    )
    assert proc.returncode == 2, proc.stderr
    assert b"could not write the output" in proc.stderr and b"no output written" in proc.stderr
    assert list(tmp_path.iterdir()) == []


def test_progress_only_on_a_terminal(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"text": BODY}) + "\n" for _ in range(50)))
    r = cli("clean", src, "-o", tmp_path / "out.jsonl")
    assert b"\r" not in r.stderr  # not a terminal: summary only
    if sys.platform == "win32":
        return
    import pty

    main_fd, child_fd = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "cleanse.cli", "clean", str(src), "-o", str(tmp_path / "tty.jsonl")],
        stderr=child_fd,
        stdout=subprocess.DEVNULL,
    )
    os.close(child_fd)
    seen = b""
    while True:
        try:
            data = os.read(main_fd, 4096)
        except OSError:
            break
        if not data:
            break
        seen += data
    proc.wait(timeout=60)
    os.close(main_fd)
    assert b"50 records in" in seen and b" rec/s " in seen  # the progress line, then the summary


def _ppid(proc_dir: Path) -> int:
    try:
        stat = (proc_dir / "stat").read_text()
    except OSError:
        return -1
    return int(stat.rsplit(")", 1)[1].split()[1])


def _cmdline(proc_dir: Path) -> bytes:
    try:
        return (proc_dir / "cmdline").read_bytes()
    except OSError:
        return b""
