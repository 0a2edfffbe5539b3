"""The MDT document: a review as the PDF a multidisciplinary team meeting reads, built with fpdf2.

Sections, in the order a meeting takes them: patient summary (with the case's images), the question and the
team's answer, each specialist's findings with measurements and the experts' overlays, the ranked differential
with dissent, red flags, scores, next steps with their sources, open questions, and the sign-off block (lines
to sign on when the review is not signed). Every page says it is a reference for clinician review, not a
diagnosis.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from consilium.orchestration.case.model import Case
from consilium.orchestration.errors import MissingDependency
from consilium.orchestration.files import PRIVATE_FILE, atomic_write, private_folder
from consilium.orchestration.export import mdt_text
from consilium.orchestration.export.images import Picture, case_pictures, overlay_pictures
from consilium.orchestration.export.signed import NOT_A_DIAGNOSIS, clinician_signoff
from consilium.orchestration.result import ReviewResult

SECTIONS = ("1. Patient summary", "2. The question and the team's answer", "3. Specialist findings",
            "4. Ranked differential", "5. Red flags", "6. Scores", "7. Next steps", "8. Open questions",
            "9. Clinician sign-off")
_FONT_FOLDERS = ("/usr/share/fonts/truetype/dejavu",)  # Debian's fonts-dejavu-core
_INK, _MUTED, _ALERT, _RULE = (20, 20, 20), (90, 90, 90), (160, 20, 20), (170, 170, 170)


def mdt_pdf(result: ReviewResult, case: Case | None = None) -> bytes:
    """The MDT document of a review as PDF bytes. ``case`` (the case as given) fills the patient summary and
    the images; without it the document says the case was not available."""
    doc = _Document(result)
    doc.build(case)
    return bytes(doc.pdf.output())


class _Document:
    def __init__(self, result: ReviewResult) -> None:
        try:
            from fpdf import FPDF
        except ImportError:
            raise MissingDependency("the MDT document needs fpdf2: pip install 'fpdf2==2.8.9' (it comes with the "
                                    "'ui' extra)") from None
        footer_text = f"Consilium review {result.review_id} · {NOT_A_DIAGNOSIS.split(':')[0]}"

        class _Pdf(FPDF):
            def footer(self) -> None:
                self.set_y(-12)
                self.set_font(size=7.5)
                self.set_text_color(*_MUTED)
                self.cell(0, 5, f"{footer_text} · page {self.page_no()}/{{nb}}", align="C")

        self.result = result
        self.pdf = _Pdf(format="A4")
        self.pdf.set_margins(16, 14, 16)
        self.pdf.set_auto_page_break(True, margin=18)
        self.unicode = _add_fonts(self.pdf)
        self.pdf.set_title(f"MDT summary, Consilium review {result.review_id}")
        self.pdf.set_creator("Consilium")

    # --- sections ------------------------------------------------------------------------------------------

    def build(self, case: Case | None) -> None:
        r, pdf = self.result, self.pdf
        pdf.add_page()
        pdf.set_font(size=16, style="B")
        pdf.set_text_color(*_INK)
        pdf.multi_cell(0, 8, self.t("Multidisciplinary team meeting: case summary"), align="L", new_x="LMARGIN", new_y="NEXT")
        self.small(mdt_text.header_line(r, case))
        pdf.ln(1)
        pdf.set_draw_color(*_ALERT)
        pdf.set_text_color(*_ALERT)
        pdf.set_font(size=9.5, style="B")
        pdf.multi_cell(0, 5, self.t(NOT_A_DIAGNOSIS), border=1, padding=2, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(*_INK)
        self.heading(SECTIONS[0])
        if case is None:
            self.para("The case as given is not available to this export (only the review was found); see the "
                      "original record.")
        else:
            for label, text in mdt_text.patient_lines(case):
                self.labelled(label, text)
            self.pictures(case_pictures(case))
        self.heading(SECTIONS[1])
        self.labelled("Question", mdt_text.question(r, case))
        for label, text in mdt_text.answer_lines(r):
            self.labelled(label, text)
        self.heading(SECTIONS[2])
        self.specialists()
        self.heading(SECTIONS[3], room=55)
        self.table(*mdt_text.differential_table(r), widths=(6, 40, 10, 14, 14, 14, 22))
        self.heading(SECTIONS[4], room=55)
        self.table(*mdt_text.red_flag_table(r), widths=(14, 26, 30, 30))
        self.heading(SECTIONS[5], room=55)
        self.table(*mdt_text.score_table(r), widths=(15, 20, 45, 20))
        self.heading(SECTIONS[6], room=55)
        self.table(*mdt_text.step_table(r), widths=(14, 12, 30, 12, 32))
        self.heading(SECTIONS[7])
        self.bullets(mdt_text.open_questions(r) or ["None recorded."])
        self.heading(SECTIONS[8], room=65)  # the block to sign is never split across pages
        self.signoff()

    def specialists(self) -> None:
        r = self.result
        if not r.reports:
            self.para(mdt_text.no_team_line(r))
        for name, report in r.reports.items():
            out = report.output
            self.subheading(f"{name.capitalize()} (model {report.model_id}; confidence {out.confidence:.2f})")
            self.bullets([f.statement + (f" ({', '.join(f.evidence)})" if f.evidence else "") for f in out.findings]
                         or ["No findings stated."])
            diff = "; ".join(f"{d.diagnosis} ({d.likelihood})" for d in out.differential)
            self.labelled("Differential", diff)
            if out.recommendations:
                self.labelled("Recommends", "; ".join(out.recommendations))
            if out.limitations:
                self.labelled("Limits", "; ".join(out.limitations))
            evidence = [r.evidence[i] for i in report.evidence_ids if i in r.evidence and not i.startswith("score:")]
            rows = mdt_text.measurement_rows(evidence)
            if rows:
                self.table(("measurement", "value", "flag", "reference"), rows, widths=(34, 20, 10, 36))
            self.pictures(overlay_pictures(evidence))
        for failure in r.failures.values():
            self.labelled(f"{failure.specialist.capitalize()} did not report", f"{failure.kind}: {failure.reason}")

    def signoff(self) -> None:
        s, pdf = clinician_signoff(self.result), self.pdf
        if s:
            for label, text in mdt_text.signoff_lines(s):
                self.labelled(label, text)
            return
        self.para("Not signed. The responsible clinician records the decision here (or in Consilium, which then "
                  "exports a signed copy).")
        pdf.ln(2)
        labels = [self.t(label + ":") for label in ("Decision (approve / approve with edits / reject)",
                                                    "Clinician (name, role)", "Signature", "Date and time", "Comment")]
        pdf.set_font(size=9.5)
        width = max(pdf.get_string_width(label) for label in labels) + 4  # every line starts after the longest label
        for label in labels:
            pdf.cell(width, 9, label)
            x, y = pdf.get_x(), pdf.get_y() + 7
            pdf.set_draw_color(*_MUTED)
            pdf.line(x, y, pdf.w - pdf.r_margin, y)
            pdf.ln(9)

    # --- building blocks -----------------------------------------------------------------------------------

    def t(self, text: Any) -> str:
        """Text the font can draw: everything with DejaVu; Latin-1 with a replacement mark without it."""
        text = str(text)
        return text if self.unicode else text.encode("latin-1", "replace").decode("latin-1")

    def heading(self, text: str, room: float = 30) -> None:
        """A section heading; ``room`` (mm) is what must fit below it on this page, else it starts the next one
        (a table's first row holding a citation is about 45 mm tall)."""
        pdf = self.pdf
        if pdf.get_y() > pdf.page_break_trigger - room:  # never a heading alone at the foot of a page
            pdf.add_page()
        pdf.ln(3)
        pdf.set_font(size=12.5, style="B")
        pdf.set_text_color(*_INK)
        pdf.cell(0, 7, self.t(text), new_x="LMARGIN", new_y="NEXT")
        pdf.set_draw_color(*_RULE)
        pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
        pdf.ln(1.5)

    def subheading(self, text: str) -> None:
        self.pdf.ln(1)
        self.pdf.set_font(size=10.5, style="B")
        self.pdf.multi_cell(0, 5.5, self.t(text), align="L", new_x="LMARGIN", new_y="NEXT")

    def para(self, text: str) -> None:
        self.pdf.set_font(size=9.5)
        self.pdf.multi_cell(0, 4.8, self.t(text), align="L", new_x="LMARGIN", new_y="NEXT")

    def small(self, text: str) -> None:
        self.pdf.set_font(size=8.5)
        self.pdf.set_text_color(*_MUTED)
        self.pdf.multi_cell(0, 4.3, self.t(text), align="L", new_x="LMARGIN", new_y="NEXT")
        self.pdf.set_text_color(*_INK)

    def labelled(self, label: str, text: str) -> None:
        # write() flows the bold label and the plain text as one paragraph; no markup is parsed, so text from a
        # model or a clinician comes out exactly as written
        pdf = self.pdf
        pdf.set_x(pdf.l_margin)
        pdf.set_font(size=9.5, style="B")
        pdf.write(4.8, self.t(f"{label}: "))
        pdf.set_font(size=9.5)
        pdf.write(4.8, self.t(text))
        pdf.ln(4.8)

    def bullets(self, items: list[str]) -> None:
        self.pdf.set_font(size=9.5)
        for item in items:
            self.pdf.multi_cell(0, 4.8, self.t(f"•  {item}"), align="L", new_x="LMARGIN", new_y="NEXT")

    def table(self, headings: tuple[str, ...], rows: list[tuple[str, ...]], *, widths: tuple[int, ...]) -> None:
        pdf = self.pdf
        if not rows:
            self.para("None.")
            return
        pdf.set_font(size=8.5)
        pdf.set_draw_color(*_RULE)
        with pdf.table(col_widths=widths, text_align="LEFT", line_height=4.3, padding=1,
                       headings_style=_heading_style()) as table:
            for row in (headings, *rows):
                cells = table.row()
                for value in row:
                    cells.cell(self.t(value))
        pdf.ln(1.5)

    def pictures(self, pictures: list[Picture]) -> None:
        pdf = self.pdf
        width, gap = 55.0, 4.0
        shown = [p for p in pictures if p.png]
        for problem in (p for p in pictures if not p.png):
            self.small(f"{problem.caption}: {problem.problem}")
        x = pdf.l_margin
        row_height = 0.0
        for picture in shown:
            height = width * _aspect(picture.png)
            if x + width > pdf.w - pdf.r_margin + 0.1:
                pdf.set_y(pdf.get_y() + row_height + 7)
                x, row_height = pdf.l_margin, 0.0
            if pdf.get_y() + height + 7 > pdf.page_break_trigger:
                pdf.add_page()
            y = pdf.get_y()
            pdf.image(io.BytesIO(picture.png), x=x, y=y, w=width)
            pdf.set_xy(x, y + height + 0.5)
            pdf.set_font(size=7.5)
            pdf.cell(width, 4, self.t(picture.caption)[:60])
            pdf.set_xy(x, y)
            x += width + gap
            row_height = max(row_height, height)
        if shown:
            pdf.set_xy(pdf.l_margin, pdf.get_y() + row_height + 6)


def write_mdt_pdf(result: ReviewResult, path: Path, case: Case | None = None) -> Path:
    """Write the MDT document, 0600 (it holds the patient's identifiers)."""
    data = mdt_pdf(result, case)  # built before anything is written: a failure leaves no file behind
    private_folder(Path(path).parent)
    with atomic_write(path, binary=True, mode=PRIVATE_FILE) as f:
        f.write(data)
    return Path(path)


def _add_fonts(pdf: Any) -> bool:
    """DejaVu Sans (matplotlib's copy, or Debian's) for any Latin, Greek or Cyrillic text; Helvetica otherwise."""
    for folder in _font_folders():
        regular, bold = folder / "DejaVuSans.ttf", folder / "DejaVuSans-Bold.ttf"
        if regular.is_file() and bold.is_file():
            pdf.add_font("DejaVu", "", str(regular))
            pdf.add_font("DejaVu", "B", str(bold))
            pdf.set_font("DejaVu", size=10)
            return True
    pdf.set_font("Helvetica", size=10)
    return False


def _font_folders() -> list[Path]:
    from importlib.util import find_spec

    folders = [Path(f) for f in _FONT_FOLDERS]
    spec = find_spec("matplotlib")
    if spec is not None and spec.origin:  # found without importing matplotlib
        folders.insert(0, Path(spec.origin).parent / "mpl-data" / "fonts" / "ttf")
    return folders


def _heading_style() -> Any:
    from fpdf.fonts import FontFace

    return FontFace(emphasis="BOLD", fill_color=(232, 236, 242))


def _aspect(png: bytes) -> float:
    from PIL import Image

    with Image.open(io.BytesIO(png)) as image:
        return image.height / max(image.width, 1)
