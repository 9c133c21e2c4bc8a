"""Lay out the development set of report PDFs from bench/data/pdf-reports/truth.json.

    /path/to/venv/bin/python bench/make_pdf_reports.py [OUT_DIR]

Needs python-docx, reportlab, pyphen and Pillow (pip) and LibreOffice
(`apt-get install -y libreoffice-writer`); kb itself does not. Even-numbered
reports are Word documents written with python-docx (cover, contents page with
dot leaders, header and footer with a page field, real footnotes, a table and
a picture with captions) and converted by LibreOffice headless; odd-numbered
ones are set by ReportLab (hyphenated with pyphen's Swedish patterns, some in
two columns, footnotes at the foot of their page). The default OUT_DIR is
bench/data/pdf-reports/, where the PDFs are kept.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "bench" / "data" / "pdf-reports"
FONTS = Path("/usr/share/fonts/truetype/dejavu")


def _chart_png() -> bytes:
    """A small bar chart image, standing in for a report's figure."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (600, 260), "white")
    draw = ImageDraw.Draw(image)
    for i, height in enumerate((80, 120, 150, 170, 200, 190)):
        draw.rectangle([40 + i * 90, 240 - height, 100 + i * 90, 240], fill=(40, 90, 160))
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def _toc_lines(spec: dict[str, Any]) -> list[tuple[str, str]]:
    """Contents entries (number and heading, page), pages as the layout roughly puts them."""
    return [(f"{s['number']} {s['heading']}", str(3 + i * 2)) for i, s in enumerate(spec["sections"])]


# --- Word through LibreOffice -------------------------------------------------

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
_FOOTNOTES_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"


def _footnotes_xml(notes: list[str]) -> bytes:
    """A footnotes part: Word's two separators, then each note as id 1, 2, …"""
    from xml.sax.saxutils import escape

    items = [
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
        "<w:continuationSeparator/></w:r></w:p></w:footnote>",
    ]
    for n, note in enumerate(notes, start=1):
        items.append(
            f'<w:footnote w:id="{n}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
            '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:t xml:space="preserve"> {escape(note)}</w:t></w:r></w:p></w:footnote>'
        )
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="{_W}">'
        + "".join(items)
        + "</w:footnotes>"
    ).encode()


def _page_field(paragraph: Any) -> None:
    """A PAGE field in a paragraph (the footer's page number)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def write_docx(spec: dict[str, Any], path: Path, chart: Path) -> None:
    """The report as a Word document, laid out the way agencies write them."""
    from docx import Document
    from docx.enum.section import WD_SECTION
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, RGBColor

    doc = Document()
    doc.core_properties.title = spec["pdf_title"]
    doc.core_properties.author = spec["publisher"]
    normal = doc.styles["Normal"]
    normal.font.name = "Liberation Serif"
    normal.font.size = Pt(spec.get("body_size") or 11)
    section = doc.sections[0]
    section.different_first_page_header_footer = True
    # Cover: the publisher's band on top, the title large, the series below.
    band = doc.add_paragraph()
    run = band.add_run(spec["publisher"])
    run.bold, run.font.size = True, Pt(13)
    run.font.color.rgb = RGBColor(0x1F, 0x3A, 0x68)
    for _ in range(6):
        doc.add_paragraph()
    title = doc.add_paragraph()
    run = title.add_run(spec["title"])
    run.bold, run.font.size = True, Pt(28)
    series = doc.add_paragraph()
    series.add_run(spec["series"]).font.size = Pt(14)
    series.runs[0].add_break(WD_BREAK.PAGE)
    if spec["toc"]:
        head = doc.add_paragraph()
        run = head.add_run("Innehåll")
        run.bold, run.font.size = True, Pt(20)
        for entry, page in _toc_lines(spec):
            line = doc.add_paragraph()
            # Every other Word report lists its pages in a column, with no leader dots.
            leader = WD_TAB_LEADER.DOTS if spec["name"][2] in "159" else WD_TAB_LEADER.SPACES
            line.paragraph_format.tab_stops.add_tab_stop(Cm(15.5), WD_TAB_ALIGNMENT.RIGHT, leader)
            line.add_run(f"{entry}\t{page}")
        line.runs[-1].add_break(WD_BREAK.PAGE)
    if spec["columns"] == 2:
        body = doc.add_section(WD_SECTION.NEW_PAGE)
        cols = body._sectPr.xpath("./w:cols")
        col = cols[0] if cols else OxmlElement("w:cols")
        col.set(qn("w:num"), "2")
        col.set(qn("w:space"), "567")
        if not cols:
            body._sectPr.append(col)
    for sec in doc.sections:
        sec.header.paragraphs[0].text = spec["header"]
        sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        footer = sec.footer.paragraphs[0]
        footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _page_field(footer)
    notes: list[str] = []
    for sec in spec["sections"]:
        doc.add_heading(f"{sec['number']} {sec['heading']}", sec["level"])
        for block in sec["blocks"]:
            kind = block["type"]
            if kind == "p":
                paragraph = doc.add_paragraph(block["text"])
                if "footnote" in block:
                    notes.append(block["footnote"])
                    ref = OxmlElement("w:r")
                    rpr = OxmlElement("w:rPr")
                    sup = OxmlElement("w:vertAlign")
                    sup.set(qn("w:val"), "superscript")
                    rpr.append(sup)
                    ref.append(rpr)
                    mark = OxmlElement("w:footnoteReference")
                    mark.set(qn("w:id"), str(len(notes)))
                    ref.append(mark)
                    paragraph._p.append(ref)
            elif kind == "li":
                doc.add_paragraph(block["text"], style="List Bullet")
            elif kind == "table":
                doc.add_paragraph(block["caption"], style="Caption")
                rows = block["rows"]
                table = doc.add_table(rows=len(rows), cols=len(rows[0]))
                table.style = "Table Grid"
                table.autofit = False
                # Columns that fit the text column (LibreOffice clips a wider table).
                widths = [Cm(3.2), Cm(1.3), Cm(1.3), Cm(1.3)]
                for r, row in enumerate(rows):
                    for c, cell in enumerate(row):
                        table.cell(r, c).text = cell
                        table.cell(r, c).width = widths[c]
                doc.add_paragraph()
            elif kind == "figure":
                doc.add_picture(str(chart), width=Cm(12 if spec["columns"] == 1 else 7))
                doc.add_paragraph(block["caption"], style="Caption")
    if notes:
        part = Part(
            PackURI("/word/footnotes.xml"), _FOOTNOTES_CT, _footnotes_xml(notes), doc.part.package
        )
        doc.part.relate_to(part, _FOOTNOTES_REL)
    doc.save(str(path))


# --- ReportLab ------------------------------------------------------------------


def write_reportlab(spec: dict[str, Any], path: Path, chart: Path) -> None:
    """The report set by ReportLab: hyphenated, footnotes at the foot of their page."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (
        BaseDocTemplate,
        Flowable,
        Frame,
        Image,
        NextPageTemplate,
        PageBreak,
        PageTemplate,
        Paragraph,
        Spacer,
        Table,
        TableStyle,
    )

    pdfmetrics.registerFont(TTFont("DejaVu", str(FONTS / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(FONTS / "DejaVuSans-Bold.ttf")))
    width, height = A4
    size = spec.get("body_size") or 10
    body = ParagraphStyle(
        "body", fontName="DejaVu", fontSize=size, leading=size * 1.35, spaceAfter=7,
        hyphenationLang="sv_SE", embeddedHyphenation=1, uriWasteReduce=0.3,
    )
    bullet = ParagraphStyle("li", parent=body, leftIndent=14, bulletIndent=2)
    h1 = ParagraphStyle("h1", fontName="DejaVu-Bold", fontSize=16, leading=20, spaceBefore=10,
                        spaceAfter=8)
    h2 = ParagraphStyle("h2", fontName="DejaVu-Bold", fontSize=12.5, leading=16, spaceBefore=8,
                        spaceAfter=6)
    caption = ParagraphStyle("cap", fontName="DejaVu", fontSize=8.5, leading=11, spaceAfter=6,
                             textColor=HexColor("#333333"))
    page_notes: list[str] = []

    class NoteMark(Flowable):  # after its paragraph: the footnote goes on this page
        def __init__(self, note: str) -> None:
            super().__init__()
            self.note = note

        def wrap(self, *args: Any) -> tuple[float, float]:
            return 0, 0

        def draw(self) -> None:
            page_notes.append(self.note)

    def decorate(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont("DejaVu", 8)
        canvas.drawRightString(width - 2 * cm, height - 1.3 * cm, spec["header"])
        canvas.drawCentredString(width / 2, 1.2 * cm, str(doc.page))
        y = 2.6 * cm
        for note in page_notes:
            canvas.line(2 * cm, y + 0.45 * cm, 6 * cm, y + 0.45 * cm)
            canvas.setFont("DejaVu", 7.5)
            canvas.drawString(2 * cm, y, f"1 {note}")
            y -= 0.4 * cm
        page_notes.clear()
        canvas.restoreState()

    margin, bottom = 2 * cm, 3.4 * cm
    usable = width - 2 * margin
    if spec["columns"] == 2:
        gap = 0.8 * cm
        frames = [
            Frame(margin + i * (usable + gap) / 2, bottom, (usable - gap) / 2, height - bottom - 2.2 * cm,
                  id=f"c{i}")
            for i in range(2)
        ]
    else:
        frames = [Frame(margin, bottom, usable, height - bottom - 2.2 * cm, id="one")]
    doc = BaseDocTemplate(
        str(path), pagesize=A4, title=spec["pdf_title"], author=spec["publisher"],
        creator="ReportLab",
    )
    doc.addPageTemplates(
        [
            PageTemplate("cover", [Frame(margin, 2 * cm, usable, height - 4 * cm)]),
            PageTemplate("front", [Frame(margin, bottom, usable, height - bottom - 2.2 * cm)],
                         onPageEnd=decorate),
            PageTemplate("body", frames, onPageEnd=decorate),
        ]
    )
    story: list[Any] = [
        Paragraph(spec["publisher"], ParagraphStyle("band", fontName="DejaVu-Bold", fontSize=12,
                                                      textColor=HexColor("#1f3a68"))),
        Spacer(1, 7 * cm),
        Paragraph(spec["title"], ParagraphStyle("title", fontName="DejaVu-Bold", fontSize=26,
                                                  leading=31)),
        Spacer(1, 0.6 * cm),
        Paragraph(spec["series"], ParagraphStyle("series", fontName="DejaVu", fontSize=13)),
        NextPageTemplate("front" if spec["toc"] else "body"),
        PageBreak(),
    ]
    if spec["toc"]:
        toc = ParagraphStyle("toc", fontName="DejaVu", fontSize=10.5, leading=17)
        story.append(Paragraph("Innehållsförteckning", h1))
        for entry, page in _toc_lines(spec):
            dots = "." * max(4, 88 - 2 * len(entry))
            story.append(Paragraph(f"{entry} {dots} {page}", toc))
        story += [NextPageTemplate("body"), PageBreak()]
    for sec in spec["sections"]:
        story.append(Paragraph(f"{sec['number']} {sec['heading']}", h1 if sec["level"] == 1 else h2))
        for block in sec["blocks"]:
            kind = block["type"]
            if kind == "p" and "footnote" in block:
                story.append(Paragraph(block["text"] + "<super>1</super>", body))
                story.append(NoteMark(block["footnote"]))
            elif kind == "p":
                story.append(Paragraph(block["text"], body))
            elif kind == "li":
                story.append(Paragraph(block["text"], bullet, bulletText="•"))
            elif kind == "table":
                story.append(Paragraph(block["caption"], caption))
                table = Table(block["rows"])
                table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DejaVu", 8.5),
                                           ("FONT", (0, 0), (-1, 0), "DejaVu-Bold", 8.5),
                                           ("LINEBELOW", (0, 0), (-1, 0), 0.5, HexColor("#000000"))]))
                story += [table, Spacer(1, 8)]
            elif kind == "figure":
                w = (usable if spec["columns"] == 1 else usable / 2 - 0.5 * cm) * 0.8
                story += [Image(str(chart), width=w, height=w * 260 / 600),
                          Paragraph(block["caption"], caption)]
    doc.build(story)


def main() -> None:
    """Write every report's PDF (Word ones through one LibreOffice run)."""
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else DATA
    out.mkdir(parents=True, exist_ok=True)
    # Another draw's truth.json (bench/pdf_reports_spec.py --out DIR) is laid out where it is.
    truth = out / "truth.json" if (out / "truth.json").exists() else DATA / "truth.json"
    specs = json.loads(truth.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        chart = Path(tmp) / "chart.png"
        chart.write_bytes(_chart_png())
        docx_files = []
        for spec in specs:
            if spec["producer"] == "docx":
                docx = Path(tmp) / f"{spec['name']}.docx"
                write_docx(spec, docx, chart)
                docx_files.append(str(docx))
            else:
                write_reportlab(spec, out / f"{spec['name']}.pdf", chart)
        subprocess.run(
            ["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/lo", "--convert-to",
             "pdf", "--outdir", str(out), *docx_files],
            check=True, capture_output=True,
        )
    print(f"{len(specs)} PDFs in {out}")


if __name__ == "__main__":
    main()
