"""Reading guideline documents into passages: open-medicine's packaged guidelines and the operator's
Markdown/text folders (see :mod:`consilium.tools.knowledge` for what is done with them).

open-medicine 0.12.0 ships 43 guidelines (``open_medicine/guidelines/registry.json``: id, title, DOI,
year, organisation, topics, section names) as 145 Markdown files under
``open_medicine/guidelines/content/<guideline id>/<section>.md``. Each file is split at its ``##``
headings (and at ``###`` when a part is long) into passages that keep their heading path.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import yaml
from consilium.orchestration.errors import ConfigError

MAX_PASSAGE_CHARS = 2500
DOC_SUFFIXES = (".md", ".markdown", ".txt")


class KnowledgeBaseError(ConfigError):
    """The knowledge base could not be built: a missing folder or an unreadable document."""


@dataclass(frozen=True)
class GuidelineDoc:
    key: str
    title: str
    doi: str | None
    date: str | None
    organization: str
    topics: tuple[str, ...]
    origin: Literal["open-medicine", "operator"]


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60] or "section"


def split_markdown(text: str, max_chars: int = MAX_PASSAGE_CHARS) -> tuple[str, list[tuple[str, str]]]:
    """(first '#' heading, [(heading path, passage)]) of a Markdown text, split at '##' (and '###' if long)."""
    h1 = ""
    parts: list[tuple[list[str], list[str]]] = [([], [])]
    in_fence = False
    for line in text.splitlines():
        if line.lstrip().startswith("```"):
            in_fence = not in_fence
        m = None if in_fence else re.match(r"^(#{1,3})\s+(.*\S)\s*$", line)
        if m and len(m.group(1)) == 1 and not h1:
            h1 = m.group(2)
            continue
        if m and len(m.group(1)) == 2:
            parts.append(([m.group(2)], [line]))
            continue
        parts[-1][1].append(line)
    out: list[tuple[str, str]] = []
    for path, lines in parts:
        body = "\n".join(lines).strip()
        if not body:
            continue
        if len(body) <= max_chars:
            out.append((" > ".join(path), body))
            continue
        # Long part: split at its '###' headings, each piece keeping the '##' heading in its path.
        pieces: list[tuple[list[str], list[str]]] = [(list(path), [])]
        for line in lines:
            if sub := re.match(r"^###\s+(.*\S)\s*$", line):
                pieces.append(([*path, sub.group(1)], [line]))
            else:
                pieces[-1][1].append(line)
        out += [(" > ".join(p), "\n".join(ls).strip()) for p, ls in pieces if "\n".join(ls).strip()]
    return h1, out


def open_medicine_docs() -> list[tuple[GuidelineDoc, str, Path]]:
    try:
        import open_medicine
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise KnowledgeBaseError("open-medicine is not installed: pip install open-medicine==0.12.0") from exc
    root = Path(open_medicine.__file__).parent / "guidelines"
    registry = json.loads((root / "registry.json").read_text(encoding="utf-8"))
    out = []
    for g in registry:
        doc = GuidelineDoc(g["id"], g["title"], g.get("doi"), str(g["year"]) if g.get("year") else None,
                   g.get("organization", ""), tuple(g.get("topics", [])), "open-medicine")
        for section in g["sections"]:
            path = root / "content" / g["id"] / f"{section}.md"
            if path.exists():
                out.append((doc, section, path))
    return out


def front_matter(text: str) -> tuple[dict[str, Any], str]:
    if not text.startswith("---"):
        return {}, text
    m = re.match(r"^---\s*\n(.*?)\n---\s*\n", text, re.DOTALL)
    if not m:
        return {}, text
    try:
        meta = yaml.safe_load(m.group(1)) or {}
    except yaml.YAMLError:
        return {}, text
    return (meta if isinstance(meta, dict) else {}), text[m.end():]


def operator_docs(folder: Path) -> list[tuple[GuidelineDoc, str, Path, str]]:
    if not folder.is_dir():
        raise KnowledgeBaseError(f"guideline folder not found: {folder}")
    out = []
    for path in sorted(p for p in folder.rglob("*") if p.suffix.lower() in DOC_SUFFIXES and p.is_file()):
        try:
            raw = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise KnowledgeBaseError(f"cannot read {path}: {exc}") from exc
        meta, body = front_matter(raw)
        h1 = next((m.group(1) for m in [re.search(r"^#\s+(.*\S)", body, re.MULTILINE)] if m), "")
        date = meta.get("date")
        if isinstance(date, (dt.date, dt.datetime)):
            date = date.isoformat()[:10]
        if not date:
            date = dt.date.fromtimestamp(path.stat().st_mtime).isoformat()
        rel = path.relative_to(folder).with_suffix("").as_posix()
        doc = GuidelineDoc(str(meta.get("id") or f"local:{rel}"), str(meta.get("title") or h1 or path.stem.replace("_", " ")),
                   str(meta["doi"]) if meta.get("doi") else None, str(date),
                   str(meta.get("organization") or meta.get("source") or ""),
                   tuple(map(str, meta.get("topics") or [])), "operator")
        out.append((doc, rel, path, body))
    return out


def text_passages(body: str, max_chars: int = MAX_PASSAGE_CHARS) -> list[tuple[str, str]]:
    """Plain text without headings: paragraphs packed into passages of up to ``max_chars``."""
    passages: list[str] = []
    for para in re.split(r"\n\s*\n", body):
        para = para.strip()
        if not para:
            continue
        if passages and len(passages[-1]) + len(para) < max_chars:
            passages[-1] += "\n\n" + para
        else:
            passages.append(para)
    return [(f"part {i + 1}", p) for i, p in enumerate(passages)]


__all__ = ["DOC_SUFFIXES", "MAX_PASSAGE_CHARS", "GuidelineDoc", "KnowledgeBaseError", "front_matter", "open_medicine_docs",
           "operator_docs", "slug", "split_markdown", "text_passages"]
