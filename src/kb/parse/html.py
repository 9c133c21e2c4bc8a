"""HTML reader: the article's blocks and the page's metadata."""

from __future__ import annotations

from bs4 import BeautifulSoup

from kb.models import Block, Document

_DROP = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "template")
_BLOCKS = {"h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "blockquote"}


def parse_html(text: str) -> list[Document]:
    """Read an HTML page into one document of headings, paragraphs, list items and quotes."""
    soup = BeautifulSoup(text, "lxml")
    for tag in soup.find_all(_DROP):
        tag.decompose()
    root = soup.find("article") or soup.find("main") or soup.body or soup
    blocks: list[Block] = []
    for el in root.find_all(_BLOCKS):
        if el.find_parent(_BLOCKS - {"blockquote"}) is not None:
            continue
        words = el.get_text(" ", strip=True).split()
        if not words:
            continue
        line = " ".join(words)
        if el.name.startswith("h"):
            blocks.append(Block("heading", line, level=int(el.name[1])))
        elif el.name == "li":
            blocks.append(Block("list_item", line, ordered=el.parent is not None and el.parent.name == "ol"))
        elif el.name == "blockquote":
            blocks.append(Block("quote", line))
        else:
            blocks.append(Block("paragraph", line))
    h1 = soup.find("h1")
    title = soup.title.get_text(strip=True) if soup.title else ""
    if h1 is not None:
        title = h1.get_text(" ", strip=True) or title
    return [Document(title=title, format="html", blocks=tuple(blocks))]
