"""`companion toolbox|safety-plan|cards`: the coping toolbox from the command line."""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path
from typing import Any

from companion.cli_journal import CommandError
from companion.domain.resources import Resource, ResourceKind
from companion.domain.toolbox import Category, Strategy, StrategyDraft
from companion.services.access import Services


def add_parsers(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    toolbox = sub.add_parser("toolbox", help="list, add and log coping strategies")
    tsub = toolbox.add_subparsers(
        dest="toolbox_command", metavar="ACTION", parser_class=parser_class
    )
    tsub.required = True
    lst = tsub.add_parser("list", help="your strategies and the starter library")
    lst.add_argument("--category", choices=[c.value for c in Category])
    lst.add_argument("--json", action="store_true")
    add = tsub.add_parser("add", help="add a strategy of your own")
    add.add_argument("title", metavar="TITLE")
    add.add_argument("--category", required=True, choices=[c.value for c in Category])
    add.add_argument("--steps", default="")
    use = tsub.add_parser("use", help="log that you used a strategy")
    use.add_argument("id", metavar="ID", help="a strategy id (starter ids look like starter:pmr)")
    use.add_argument("--before", type=int, required=True, help="distress before, 0-10")
    use.add_argument("--after", type=int, required=True, help="distress after, 0-10")
    use.add_argument("--note", default="")
    ranking = tsub.add_parser("ranking", help="what works for you")
    ranking.add_argument("--json", action="store_true")

    plan = sub.add_parser("safety-plan", help="show or print your safety plan")
    psub = plan.add_subparsers(dest="plan_command", metavar="ACTION", parser_class=parser_class)
    psub.required = True
    show = psub.add_parser("show", help="print the plan as text")
    show.add_argument("--json", action="store_true")
    out = psub.add_parser("print", help="write the one-page card as a PDF")
    out.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")

    resources = sub.add_parser("resources", help="list or add resources in your directory")
    rsub = resources.add_subparsers(
        dest="resources_command", metavar="ACTION", parser_class=parser_class
    )
    rsub.required = True
    rlist = rsub.add_parser("list", help="your resources directory")
    rlist.add_argument("--kind", choices=[k.value for k in ResourceKind])
    rlist.add_argument("--tag")
    rlist.add_argument("--json", action="store_true")
    radd = rsub.add_parser("add", help="add a resource")
    radd.add_argument("name", metavar="NAME")
    radd.add_argument("--kind", required=True, choices=[k.value for k in ResourceKind])
    radd.add_argument("--contact", default="", help="phone, e-mail, address or link")
    radd.add_argument("--notes", default="")
    radd.add_argument("--cost", default="")
    radd.add_argument("--recommended-by", default="")
    radd.add_argument("--rating", type=int, choices=range(1, 6), metavar="1-5")
    radd.add_argument("--tag", action="append", default=[])

    cards = sub.add_parser("cards", help="write coping cards for chosen strategies as a PDF")
    cards.add_argument("--ids", required=True, help="strategy ids, separated by commas")
    cards.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    cards.add_argument(
        "--page",
        action="store_true",
        help="one card per block on a full page instead of wallet size",
    )
    cards.add_argument("--paper", choices=("A4", "Letter"), default="A4")


def strategy_json(s: Strategy) -> dict[str, Any]:
    return {
        "id": s.id,
        "title": s.title,
        "category": s.category.value,
        "steps": s.steps,
        "when": s.when_helps,
        "tags": list(s.tags),
        "source": s.source.value,
    }


def _pdf_target(path: Path) -> Path:
    if path.suffix.lower() != ".pdf":
        raise CommandError("--out must name a .pdf file")
    if not path.parent.is_dir():
        raise CommandError(f"The folder {path.parent} does not exist.", usage=False)
    return path


def _qt() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        QGuiApplication(["companion"])


def run(args: argparse.Namespace, services: Services, crisis_lines: list[str]) -> int:
    toolbox = services.toolbox
    if args.command == "toolbox":
        action = args.toolbox_command
        if action == "list":
            found = toolbox.strategies(category=Category(args.category) if args.category else None)
            if args.json:
                print(json.dumps([strategy_json(s) for s in found], ensure_ascii=False, indent=2))
            else:
                for s in found:
                    print(f"{s.id:40}  {s.category.value:13}  {s.title}")
            return 0
        if action == "add":
            s = toolbox.add(StrategyDraft(args.title, Category(args.category), steps=args.steps))
            print(f"Added strategy {s.id}")
            return 0
        if action == "use":
            toolbox.log_use(args.id, args.before, args.after, args.note)
            print("Noted.")
            return 0
        ranked = toolbox.ranking()
        if args.json:
            print(
                json.dumps(
                    [
                        {
                            **strategy_json(r.strategy),
                            "uses": r.ranked.uses,
                            "mean_drop": round(r.ranked.mean_drop, 2),
                            "score": round(r.ranked.score, 3),
                        }
                        for r in ranked
                    ],
                    ensure_ascii=False,
                    indent=2,
                )
            )
        else:
            for r in ranked:
                print(f"{r.ranked.mean_drop:+5.1f}  ({r.ranked.uses} uses)  {r.strategy.title}")
        return 0
    if args.command == "resources":
        resources = services.resources
        if args.resources_command == "add":
            saved = resources.save(
                Resource(
                    "",
                    ResourceKind(args.kind),
                    args.name,
                    args.contact,
                    args.notes,
                    args.cost,
                    args.recommended_by,
                    args.rating,
                    "",
                    tuple(args.tag),
                )
            )
            print(f"Added resource {saved.id}")
            return 0
        listed = resources.find(ResourceKind(args.kind) if args.kind else None, args.tag)
        if args.json:
            print(
                json.dumps(
                    [
                        {
                            "id": res.id,
                            "kind": res.kind.value,
                            "name": res.name,
                            "contact": res.contact,
                            "notes": res.notes,
                            "cost": res.cost,
                            "recommended_by": res.recommended_by,
                            "rating": res.rating,
                            "tags": list(res.tags),
                        }
                        for res in listed
                    ],
                    ensure_ascii=False,
                    indent=2,
                )
            )
        else:
            for res in listed:
                print(f"{res.kind.value:12}  {res.name}  {res.contact}")
        return 0
    if args.command == "safety-plan":
        plan = toolbox.plan()
        if args.plan_command == "show":
            if args.json:
                print(
                    json.dumps(
                        {
                            str(step): [{"text": i.text, "contact": i.contact} for i in items]
                            for step, items in plan.items()
                        },
                        ensure_ascii=False,
                        indent=2,
                    )
                )
            else:
                from companion.printing.toolbox_text import STEP_TITLES

                for step, items in plan.items():
                    print(STEP_TITLES[step])
                    for i in items:
                        print(f"  - {i.text}" + (f" ({i.contact})" if i.contact else ""))
            return 0
        target = _pdf_target(args.out)
        _qt()
        from companion.printing import render
        from companion.printing.toolbox_text import plan_html

        steps = {step: [(i.text, i.contact) for i in items] for step, items in plan.items()}
        render.write_pdf(
            plan_html(steps, crisis_lines), target, render.PdfOptions(title="Safety plan")
        )
        print(f"Wrote {target}")
        return 0
    target = _pdf_target(args.out)
    chosen = []
    for strategy_id in (s.strip() for s in args.ids.split(",") if s.strip()):
        strategy = toolbox.get(strategy_id)
        if strategy is None:
            raise CommandError(f"No strategy has the id '{strategy_id}'.", usage=False)
        chosen.append(strategy)
    if not chosen:
        raise CommandError("--ids needs at least one strategy id")
    _qt()
    from companion.printing import render
    from companion.printing.toolbox_text import cards_html

    paper = render.PaperSize.A4 if args.paper == "A4" else render.PaperSize.LETTER
    render.write_pdf(
        cards_html(chosen, wallet=not args.page),
        target,
        render.PdfOptions(title="Coping cards", paper=paper),
    )
    print(f"Wrote {target}")
    return 0
