"""`companion journal ...`: the journal from the command line."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import Any

from companion.domain.journal import Entry, EntryDraft, EntryError, Mood
from companion.services.journal import JournalService
from companion.vault.journal import MARK_END, MARK_START, TimelineFilter


class CommandError(Exception):
    """Bad input to a journal command; the message is the sentence to print."""

    def __init__(self, message: str, usage: bool = True) -> None:
        super().__init__(message)
        self.user_message = message
        self.usage = usage


def parse_day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-11-26") from None


def parse_mood(text: str) -> Mood:
    try:
        return Mood(int(text))
    except ValueError:
        raise argparse.ArgumentTypeError(
            "mood is a number from 1 (very low) to 5 (great)"
        ) from None


def add_parsers(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    journal = sub.add_parser("journal", help="write, list, show, search and delete entries")
    jsub = journal.add_subparsers(
        dest="journal_command", metavar="ACTION", parser_class=parser_class
    )
    jsub.required = True

    add = jsub.add_parser("add", help="add an entry (TEXT is the body, in Markdown)")
    add.add_argument("text", metavar="TEXT")
    add.add_argument("--title", default="")
    add.add_argument("--date", type=parse_day, help="YYYY-MM-DD; today if left out")
    add.add_argument("--mood", type=parse_mood, help="1 (very low) to 5 (great)")
    add.add_argument("--tag", action="append", default=[], help="a tag; repeat for more")
    add.add_argument("--win", action="store_true", help="mark it as a small win")

    lst = jsub.add_parser("list", help="list entries, newest first")
    lst.add_argument("--limit", type=int, default=20)
    lst.add_argument("--tag")
    lst.add_argument("--since", type=parse_day)
    lst.add_argument("--until", type=parse_day)
    lst.add_argument("--json", action="store_true", help="print a JSON array")

    show = jsub.add_parser("show", help="show one entry")
    show.add_argument("id", metavar="ID", help="the entry id, or its first 8 characters")
    show.add_argument("--json", action="store_true")

    search = jsub.add_parser("search", help="search titles, text and tags")
    search.add_argument("query", metavar="QUERY")
    search.add_argument("--limit", type=int, default=20)
    search.add_argument("--json", action="store_true", help="print a JSON array")

    delete = jsub.add_parser("delete", help="delete an entry")
    delete.add_argument("id", metavar="ID")


def entry_json(entry: Entry) -> dict[str, Any]:
    return {
        "id": entry.id,
        "date": entry.day.isoformat(),
        "title": entry.title,
        "body": entry.body,
        "mood": int(entry.mood) if entry.mood is not None else None,
        "tags": list(entry.tags),
        "win": entry.win,
        "created_at": entry.created_at,
        "updated_at": entry.updated_at,
    }


def _line(entry: Entry) -> str:
    mood = f"{int(entry.mood)} {entry.mood.word}" if entry.mood is not None else "-"
    win = " ★ win" if entry.win else ""
    tags = "".join(f" #{t}" for t in entry.tags)
    return f"{entry.day}  {entry.id[:8]}  mood {mood}{win}  {entry.headline}{tags}"


def run(args: argparse.Namespace, journal: JournalService) -> int:
    command = args.journal_command
    if command == "add":
        draft = EntryDraft(
            day=args.date or date.today(),
            title=args.title,
            body=args.text,
            mood=args.mood,
            tags=tuple(args.tag),
            win=args.win,
        )
        saved = journal.save(None, draft)
        if saved.entry is None:
            print("Nothing to save: the entry was empty.")
        else:
            print(f"Saved entry {saved.entry.id}")
        return 0
    if command == "list":
        if args.limit < 1:
            raise CommandError("--limit must be 1 or more")
        flt = TimelineFilter(since=args.since, until=args.until, tag=args.tag)
        seqs = journal.timeline(flt)[: args.limit]
        return _print_entries([journal.get_by_seq(s) for s in seqs], args.json)
    if command == "show":
        entry = journal.find(args.id)
        if entry is None:
            raise CommandError(
                f"No entry has the id '{args.id}'. `companion journal list` shows them.",
                usage=False,
            )
        if args.json:
            print(json.dumps(entry_json(entry), ensure_ascii=False, indent=2))
        else:
            print(_line(entry))
            print()
            print(entry.body)
        return 0
    if command == "search":
        if args.limit < 1:
            raise CommandError("--limit must be 1 or more")
        hits = journal.search(args.query, args.limit)
        if args.json:
            out = []
            for hit in hits:
                entry = journal.get(hit.id)
                if entry is not None:
                    item = entry_json(entry)
                    item["snippet"] = hit.snippet.replace(MARK_START, "").replace(MARK_END, "")
                    out.append(item)
            print(json.dumps(out, ensure_ascii=False, indent=2))
        else:
            for hit in hits:
                snippet = hit.snippet.replace(MARK_START, "[").replace(MARK_END, "]")
                print(f"{hit.day}  {hit.id[:8]}  {hit.title or ''}  {' '.join(snippet.split())}")
        return 0
    if command == "delete":
        entry = journal.find(args.id)
        if entry is None:
            raise CommandError(f"No entry has the id '{args.id}'.", usage=False)
        journal.delete(entry.id)
        print(f"Deleted entry {entry.id}")
        return 0
    raise CommandError(f"unknown journal action {command}")


def _print_entries(entries: list[Entry | None], as_json: bool) -> int:
    found = [e for e in entries if e is not None]
    if as_json:
        print(json.dumps([entry_json(e) for e in found], ensure_ascii=False, indent=2))
    else:
        for entry in found:
            print(_line(entry))
        if not found:
            print("No entries yet.", file=sys.stderr)
    return 0


__all__ = ["CommandError", "EntryError", "add_parsers", "run"]
