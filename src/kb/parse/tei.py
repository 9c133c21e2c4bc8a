"""TEI XML reader for the Swedish parliament's interpellations."""

from __future__ import annotations

from bs4 import BeautifulSoup

from kb.models import Block, Document


def parse_tei(data: bytes) -> list[Document]:
    """Read a TEI interpellation: its title, dates and paragraphs."""
    soup = BeautifulSoup(data, "xml")
    title_el = soup.find("title")
    title = " ".join(title_el.get_text().split()) if title_el else ""
    body = soup.find("body") or soup
    blocks = [Block("paragraph", " ".join(p.get_text().split())) for p in body.find_all("p")]
    rdwebb = soup.find("idno", attrs={"type": "rdwebb"})
    url = f"https://data.riksdagen.se/dokument/{rdwebb.get_text(strip=True)}.html" if rdwebb else ""
    sent = soup.find("correspAction", attrs={"type": "sent"})
    date_el = sent.find("date") if sent else None
    date = date_el.get("when", "") if date_el else ""
    return [
        Document(
            title=title,
            publisher="Sveriges riksdag",
            doctype="interpellation",
            date=date,
            date_certain=bool(date),
            url=url,
            format="tei",
            blocks=tuple(b for b in blocks if b.text),
        )
    ]
