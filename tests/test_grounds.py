"""Recommendations with their grounds, measured on the Vårdanalys report's summary."""

from __future__ import annotations

from pathlib import Path

from kb.analysis.grounds import link_grounds
from kb.ingest import load_file
from kb.models import Passage
from kb.search import fetch_document, iter_passages

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
REPORT = "vardanalys-rapport-under-radande-omstandigheter.txt"


def _report() -> list[Passage]:
    loaded = load_file(str(CORPUS), REPORT, None)
    ((_, passages),) = loaded.documents
    return list(passages)


def test_each_recommendation_has_one_of_its_conclusions_as_grounds() -> None:
    passages = _report()
    conclusions = {
        p.id for p in passages if p.kind == "finding" and p.heading == "Våra viktigaste slutsatser"
    }
    recommendations = [p for p in passages if p.kind == "recommendation"]
    assert len(conclusions) == 4 and len(recommendations) == 5
    for rec in recommendations:
        assert set(rec.grounds) & conclusions, rec.text
        assert set(rec.grounds) <= conclusions


def test_grounded_is_the_inverse_of_grounds() -> None:
    passages = _report()
    by_id = {p.id: p for p in passages}
    pairs = {(r.id, f) for r in passages for f in r.grounds}
    assert pairs == {(r, f.id) for f in passages for r in f.grounded}
    assert all(by_id[r].kind == "recommendation" for r, _ in pairs)


def test_the_digitalisation_recommendation_rests_on_the_working_forms_conclusion() -> None:
    passages = _report()
    rec = next(p for p in passages if "digitaliseringsprocessen" in p.text)
    grounds = [next(p for p in passages if p.id == g).text for g in rec.grounds]
    assert any("Digitaliseringen har kommit långt" in g for g in grounds)


def test_without_findings_nothing_is_linked() -> None:
    rec = Passage("r", "d", 0, "Kommunerna bör planera.", kind="recommendation")
    assert link_grounds([rec]) == [rec]


def test_no_ground_comes_from_another_document(ix) -> None:  # noqa: ANN001
    for passage, _meta in iter_passages(ix):
        if not passage.grounds:
            continue
        _, same = fetch_document(ix, passage.doc_id)
        findings = {p.id for p in same if p.kind == "finding"}
        assert set(passage.grounds) <= findings


def test_the_passage_page_and_json_show_grounds(client, ix) -> None:  # noqa: ANN001
    rec = next(
        p
        for p, _ in iter_passages(ix)
        if p.kind == "recommendation" and "digitaliserings" in p.text
    )
    data = client.get(f"/api/passage/{rec.id}").get_json()
    assert data["grounds"] and data["grounded"] == []
    page = client.get(f"/passage/{rec.id}").get_data(as_text=True)
    assert "Underlag i samma dokument" in page
    finding = client.get(f"/api/passage/{data['grounds'][0]}").get_json()
    assert rec.id in finding["grounded"]
    assert "Rekommendationer som bygger på fyndet" in client.get(
        f"/passage/{finding['id']}"
    ).get_data(as_text=True)
