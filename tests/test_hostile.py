"""Hostile input end to end through `kb ingest`: every file is ingested or reported with its
reason, nothing crashes or hangs, memory stays bounded, and the good files go in."""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import unicodedata
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from kb.index import open_index
from kb.search import SearchRequest, run_search

FORMATS = Path(__file__).parent / "fixtures" / "formats"

# Peak memory of any one `kb ingest` process over the hostile corpus (the
# parent or a parse worker). Measured: 300-330 MB, of which about 240 MB is
# the analyzer's vocabulary every process loads; the 50 MB file is refused
# before it is parsed. Twice the measurement leaves room for other Pythons.
PEAK_RSS_MB = 700


@dataclass(frozen=True)
class Ingested:
    """The file goes in: a search for `word` finds it, its text holding `shows`."""

    word: str
    shows: str = ""


@dataclass(frozen=True)
class Refused:
    """The file is reported as failed with a reason matching `reason` (a regular expression)."""

    reason: str


Writer = Callable[[Path], None]


def text(content: str, encoding: str = "utf-8") -> Writer:
    return lambda path: path.write_bytes(content.encode(encoding))


def raw(data: bytes) -> Writer:
    return lambda path: path.write_bytes(data)


def fixture(name: str) -> Writer:
    return lambda path: shutil.copyfile(FORMATS / name, path)


def symlink(target: str) -> Writer:
    return lambda path: path.symlink_to(target)


def with_sidecar(body: str, sidecar: str) -> Writer:
    def write(path: Path) -> None:
        path.write_text(body, encoding="utf-8")
        path.with_name(path.stem + ".meta.toml").write_text(sidecar, encoding="utf-8")

    return write


def nested_html(open_tag: str, close_tag: str, depth: int, word: str) -> Writer:
    body = open_tag * depth + f"Djupt nere står {word} om hemtjänst." + close_tag * depth
    return text(f"<!doctype html><html><head><title>Djup</title></head><body>{body}</body></html>")


def noise(size: int, low: int = 0, seed: int = 8) -> bytes:
    rng = random.Random(seed)
    return bytes(rng.randrange(low, 256) for _ in range(size))


def page(word: str, extra: str = "") -> str:
    return f"Rapport om {word}\n\nKommunerna bör stärka hemtjänsten, skriver {word}. {extra}\n"


TEI = (
    '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>T</title>'
    "</titleStmt></fileDesc></teiHeader><text><body><div>{}</div></body></text></TEI>"
)
BILLION_LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE TEI [<!ENTITY a "hahahahaha">'
    + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(9))
    + "]>"
    + TEI.format("<p>Skratt &j; slut.</p>")
)
XXE = '<!DOCTYPE TEI [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + noise(4000)
ZIP = b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + zlib.compress(noise(4000, seed=2))
ELF = b"\x7fELF\x02\x01\x01\x00" + bytes(8) + noise(4000, seed=3)

CASES: dict[str, tuple[Writer, Ingested | Refused]] = {
    # PDFs that cannot be read
    "trunkerad.pdf": (fixture("trunkerad.pdf"), Refused(r"^corrupt PDF \(truncated")),
    "krypterad.pdf": (fixture("krypterad.pdf"), Refused(r"^encrypted PDF")),
    "skannad.pdf": (fixture("skannad.pdf"), Refused(r"^no text layer")),
    "trasig.pdf": (fixture("trasig.pdf"), Refused(r"^corrupt PDF")),
    "inte-pdf.pdf": (raw(PNG), Refused(r"not a PDF")),
    "text.pdf": (text(page("qzpdf")), Ingested("qzpdf")),
    # binary data under text names
    "bild.html": (raw(PNG), Refused(r"^binary data")),
    "arkiv.txt": (raw(ZIP), Refused(r"^binary data")),
    "program.md": (raw(ELF), Refused(r"^binary data")),
    "brus.txt": (raw(noise(20_000, low=0x80)), Refused(r"^binary data, not text \(it decodes")),
    "nul.txt": (raw(b"Rubrik\n\nText\x00 med NUL om hemtj\xc3\xa4nst.\n"), Refused(r"^binary")),
    # nothing in them
    "tom.txt": (raw(b""), Refused(r"^empty file$")),
    "blanksteg.md": (raw(b" \n\t\r\n  \n"), Refused(r"^empty file \(only white space\)$")),
    "osynlig.txt": (text("\u00a0\u2003\n\u200b\ufeff\n"), Refused(r"^no text found$")),
    "tom.html": (text("<html><body>  <div> </div></body></html>"), Refused(r"without any text")),
    # too large or too deep
    "stor.txt": (
        lambda path: path.write_bytes((page("qzstor").encode() * 800_000)[: 50 * 1024 * 1024]),
        Refused(r"^too large \(50 MB; kb reads text files up to 10 MB\)$"),
    ),
    "djup.xml": (
        text(TEI.format("<div>" * 10_000 + "<p>Djup</p>" + "</div>" * 10_000)),
        Refused(r"^too deeply nested"),
    ),
    "skratt.xml": (text(BILLION_LAUGHS), Refused(r"^malformed XML \(Maximum entity amplification")),
    "djup.html": (nested_html("<div>", "</div>", 10_000, "qzdiv"), Ingested("qzdiv")),
    "djup-citat.html": (
        nested_html("<blockquote>", "</blockquote>", 10_000, "qzcitat"),
        Ingested("qzcitat"),
    ),
    "djup-lista.html": (
        nested_html("<ul><li>", "</li></ul>", 5_000, "qzlista"),
        Ingested("qzlista"),
    ),
    "djup-fet.html": (nested_html("<p><b><i>", "</i></b></p>", 3_000, "qzfet"), Ingested("qzfet")),
    # encodings
    "latin1.txt": (
        text(page("qzlatin", "Äldreomsorgen i Växjö."), "latin-1"),
        Ingested("qzlatin", "Växjö"),
    ),
    "cp1252.txt": (
        text(page("qzcp", "”Vi måste” – säger hon."), "cp1252"),
        Ingested("qzcp", "”Vi måste” –"),
    ),
    "utf16.txt": (
        text(page("qzutf", "Åtgärder i Örebro."), "utf-16-le"),
        Ingested("qzutf", "Örebro"),
    ),
    "blandad.txt": (
        raw(page("qzblandad", "I Växjö ").encode() + "och Göteborg.".encode("latin-1")),
        Ingested("qzblandad", "Växjö och Göteborg"),
    ),
    "trasig-utf8.txt": (
        raw(
            page("qztrasig").encode()
            + b"Fel \xc3\x28 \xed\xa0\x80 \xf8\x88\x80\x80\x80 \xc0\xaf slut.\n"
        ),
        Ingested("qztrasig", "slut."),
    ),
    "sen-nul.txt": (
        raw(page("qzsennul", "Fyllnad. " * 1200).encode() + b"Efter\x00\x00 NUL.\n"),
        Ingested("qzsennul", "Efter NUL"),
    ),
    "styrtecken.txt": (
        text(page("qzstyr", "\x1b[31mRöd\x1b[0m text\x7f och sidbrytning\x0cefter.")),
        Ingested("qzstyr", "Röd text och sidbrytning"),
    ),
    "surrogat.md": (
        text(
            '---\ntitle: "Ensam \\ud800 surrogat"\npublisher: "a\\udfffb"\n---\n'
            + page("qzsurrogat")
        ),
        Ingested("qzsurrogat"),
    ),
    "xxe.xml": (text(XXE + TEI.format("<p>qzxxe &x; slut.</p>")), Ingested("qzxxe", "qzxxe")),
    "xxe.html": (
        text(
            XXE.replace("TEI", "html")
            + "<html><body><h1>X</h1><p>qzxxehtml &x; slut.</p></body></html>"
        ),
        Ingested("qzxxehtml"),
    ),
    # long lines and words
    "lång-rad.txt": (
        text("Rubrik qzrad\n\n" + "ord om hemtjänst " * 62_000 + "\n"),
        Ingested("qzrad"),
    ),
    "långt-ord.txt": (text(page("qzlangtord", "a" * 100_000)), Ingested("qzlangtord")),
    "sammansatt-ord.txt": (
        text(page("qzsammansatt", "socialtjänstkvalitet" * 100)),
        Ingested("qzsammansatt"),
    ),
    # metadata that cannot be used
    "fel-metadata.txt": (
        with_sidecar(page("qzmeta"), 'title = "\n'),
        Refused(r"^bad metadata in fel-metadata\.meta\.toml"),
    ),
    "fel-artiklar.txt": (
        with_sidecar(page("qzart"), "articles = 5\nauthors = 7\n"),
        Refused(r"^bad metadata \(articles"),
    ),
    "fel-typer.txt": (
        with_sidecar(page("qztyper"), "title = 5\nauthors = 7\ndate = 2021\n"),
        Ingested("qztyper"),
    ),
    "elak-front.md": (
        text('---\ntitle: !!python/object/apply:os.system ["echo pwned"]\n---\n' + page("qzelak")),
        Refused(r"^bad front matter"),
    ),
    # what a folder can hold besides files
    "fifo.txt": (lambda path: os.mkfifo(path), Refused(r"^not a regular file")),
    "noll.txt": (symlink("/dev/zero"), Refused(r"^not a regular file")),
    "saknas.txt": (symlink("finns-inte.txt"), Refused(r"^unreadable \(No such file")),
    "slinga1.txt": (symlink("slinga2.txt"), Refused(r"^unreadable \(Too many levels of symbolic")),
    "slinga2.txt": (symlink("slinga1.txt"), Refused(r"^unreadable \(Too many levels of symbolic")),
    "låst.txt": (text(page("qzlast")), Refused(r"^unreadable \(permission denied\)$")),
    # file names
    "rapport med mellanslag.txt": (text(page("qzmellanslag")), Ingested("qzmellanslag")),
    "äldreomsorg i Växjö ÅÄÖ.md": (text(page("qzaao")), Ingested("qzaao")),
    "emoji 😀 rapport.txt": (text(page("qzemoji")), Ingested("qzemoji")),
    unicodedata.normalize("NFD", "nfd-åäö.txt"): (text(page("qznfd")), Ingested("qznfd")),
    "ny\nrad.txt": (text(page("qznyrad")), Ingested("qznyrad")),
    # plain good files
    "bra.txt": (text(page("qzbratext")), Ingested("qzbratext")),
    "bra.md": (
        text("# Rapport qzbramd\n\nKommunerna bör stärka hemtjänsten.\n"),
        Ingested("qzbramd"),
    ),
    "bra.html": (
        text("<html><body><h1>Rapport</h1><p>Kommunerna bör stärka qzbrahtml.</p></body></html>"),
        Ingested("qzbrahtml"),
    ),
}
BAD_NAME = b"ogiltigt \xff namn.txt"  # not UTF-8: os.walk gives it as a lone surrogate
# Cases kb still gets wrong, each with why (strict: fixing one fails the test
# until it is removed from here).
XFAIL: dict[str, str] = {}


def is_root_reading_everything(path: Path) -> bool:
    """Whether chmod 000 fails to stop reading (as root), so "låst.txt" cannot be tested."""
    try:
        path.read_bytes()
    except PermissionError:
        return False
    return True


def write_corpus(root: Path) -> None:
    root.mkdir(parents=True)
    (root / "under").mkdir()
    (root / "under" / "upp").symlink_to("..")  # a folder loop: the corpus, walked already
    (root / "under" / "själv").symlink_to(".")
    for name, (write, _) in CASES.items():
        write(root / name)
    (root / "låst.txt").chmod(0)
    with open(os.fsencode(root) + b"/" + BAD_NAME, "wb") as fh:
        fh.write(page("qzogiltig").encode())


# Runs a command and prints its exit status and the peak RSS (KiB) of its
# largest process, children included: RUSAGE_CHILDREN in a fresh interpreter
# sees only this command.
MEASURE = """
import json, resource, subprocess, sys
out, err = open(sys.argv[1], "wb"), open(sys.argv[2], "wb")
code = subprocess.run(sys.argv[3:], stdout=out, stderr=err).returncode
print(json.dumps({"code": code, "maxrss_kb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}))
"""


@dataclass(frozen=True)
class Run:
    code: int
    peak_mb: float
    stdout: str
    stderr: str


def measured_ingest(corpus: Path, index: Path, *extra: str, timeout: float = 600) -> Run:
    folder = index.parent
    out, err = folder / f"{index.name}.out", folder / f"{index.name}.err"
    cmd = [sys.executable, "-m", "kb", "ingest", str(corpus), "--index", str(index), *extra]
    # A session of its own, so a hung ingest and its workers can be killed together.
    proc = subprocess.Popen(
        [sys.executable, "-c", MEASURE, str(out), str(err), *cmd],
        stdout=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        stdout, _ = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        raise
    figures = json.loads(stdout)
    return Run(
        figures["code"],
        figures["maxrss_kb"] / 1024,
        out.read_text(encoding="utf-8", errors="replace"),
        err.read_text(encoding="utf-8", errors="replace"),
    )


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Run, dict[str, str]]:
    """The hostile corpus ingested once by `kb ingest --json`: folder, index, run, failures."""
    base = tmp_path_factory.mktemp("hostile")
    corpus, index = base / "corpus", base / "index"
    write_corpus(corpus)
    run = measured_ingest(corpus, index, "--json")
    report = json.loads(run.stdout)
    failures = {f["path"]: f["reason"] for f in report["failures"]}
    return corpus, index, run, failures


@pytest.mark.slow
def test_ingest_finishes_reports_failures_and_exits_1(hostile) -> None:  # noqa: ANN001
    _, _, run, failures = hostile
    assert run.code == 1, run.stderr
    assert "Traceback" not in run.stderr
    # Every failure has a reason a user can act on, never an internal error.
    unexpected = {p: r for p, r in failures.items() if r.startswith("unexpected error")}
    assert not unexpected
    report = json.loads(run.stdout)
    expected_failed = sum(isinstance(e, Refused) for _, e in CASES.values()) + 1  # + BAD_NAME
    assert report["files"] == len(CASES) + 1
    assert report["added"] + len(failures) == report["files"]
    assert len(failures) >= expected_failed - 1  # "låst.txt" is read as root


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(n, marks=pytest.mark.xfail(strict=True, reason=XFAIL[n])) if n in XFAIL else n
        for n in CASES
    ],
    ids=lambda n: n.replace("\n", "\\n"),
)
def test_each_hostile_file(hostile, name: str) -> None:  # noqa: ANN001
    corpus, index, _, failures = hostile
    _, expected = CASES[name]
    if name == "låst.txt" and is_root_reading_everything(corpus / name):
        pytest.skip(
            "running as root: chmod 000 does not stop reading (the FIFO, /dev/zero and "
            "dangling-link cases cover files that cannot be read)"
        )
    if isinstance(expected, Refused):
        assert name in failures, f"{name} was not reported"
        assert re.search(expected.reason, failures[name]), failures[name]
        return
    assert name not in failures, failures.get(name)
    results = run_search(open_index(index), SearchRequest.create(expected.word, per_page=100))
    sources = {hit.document["source"] for hit in results.hits}
    assert sources == {name}, f"a search for {expected.word} finds {sources}"
    texts = " ".join(hit.passage.text for hit in results.hits)
    assert expected.shows in texts
    assert "root:" not in texts  # no external entity was read
    assert not any(c in texts for c in "\x00\x1b\x7f")


@pytest.mark.slow
def test_a_file_name_that_is_not_utf8_is_reported(hostile) -> None:  # noqa: ANN001
    *_, failures = hostile
    # The JSON report shows the undecodable byte as a replacement character.
    reasons = [r for p, r in failures.items() if p.startswith("ogiltigt ")]
    assert reasons == ["its name is not valid UTF-8 (rename the file)"], failures


@pytest.mark.slow
def test_memory_stays_bounded(hostile) -> None:  # noqa: ANN001
    *_, run, _ = hostile
    assert run.peak_mb < PEAK_RSS_MB, f"peak RSS {run.peak_mb:.0f} MB"


def test_a_second_ingest_changes_nothing_and_reports_the_same(hostile, tmp_path: Path) -> None:  # noqa: ANN001
    corpus, index, first, failures = hostile
    snapshot = tmp_path / "index"
    shutil.copytree(index, snapshot)
    run = measured_ingest(corpus, snapshot)
    assert run.code == 1
    report = json.loads(first.stdout)
    assert f"{report['added']} oförändrade" in run.stdout
    assert run.stdout.count("0 nya, 0 ändrade") == 1
    # Each failed file is listed once, with its reason, on stderr.
    assert sum(line.startswith("Misslyckades ") for line in run.stderr.splitlines()) == len(failures)


@pytest.mark.slow
def test_a_100000_character_compound_does_not_hang_ingest(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "ord.txt").write_text(page("qzord", "socialtjänstkvalitet" * 5_000), encoding="utf-8")
    try:
        run = measured_ingest(corpus, tmp_path / "index", timeout=60)
    except subprocess.TimeoutExpired:
        pytest.fail("kb ingest of one 100,000-character word ran for over 60 s")
    assert run.code == 0, run.stderr
