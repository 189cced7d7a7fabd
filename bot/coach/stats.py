"""/stats: the figures of the pipeline, and a chart of it in the user's language."""

from __future__ import annotations

import io

import matplotlib

matplotlib.use("Agg")  # no screen: render to memory
from matplotlib import pyplot as plt
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from bot.coach.turn import Turn
from flows.catalog import Text, render
from flows.pipeline import AppFacts, Stats, compute_stats
from storage.models import Application


def facts_of(app: Application) -> AppFacts:
    answered_at = app.refused_at
    if answered_at is None and app.stage.value in ("offer", "accepted"):
        answered_at = app.updated_at
    return AppFacts(
        stage=app.stage,
        company_size=app.company_size,
        started_at=app.applied_at or app.created_at,
        interviews=max(len(app.interviews), app.interview_count or 0),
        answered_at=answered_at,
        follow_ups=len(app.follow_ups),
        follow_ups_answered=sum(1 for f in app.follow_ups if f.outcome is not None),
    )


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{round(value * 100)} %"


def stats_text(turn: Turn, stats: Stats) -> str:
    t = turn.text
    lines = [t(Text("stats.title", {"count": stats.total}))]
    for stage, count in stats.per_stage.items():
        if count:
            lines.append(
                t(Text("stats.stage", {"stage": Text(f"stage.{stage.value}"), "count": count}))
            )
    lines.append(t(Text("stats.interview_rate", {"rate": _percent(stats.interview_rate)})))
    lines.append(
        t(Text("stats.answer_rate", {"rate": _percent(stats.answer_rate_after_follow_up)}))
    )
    if stats.median_days_to_answer is None:
        lines.append(t(Text("stats.median_days_none")))
    else:
        lines.append(t(Text("stats.median_days", {"days": stats.median_days_to_answer})))
    for size, (count, rate) in stats.per_size.items():
        lines.append(
            t(
                Text(
                    "stats.size",
                    {"size": Text(f"stats.size.{size}"), "count": count, "rate": _percent(rate)},
                )
            )
        )
    return "\n".join(lines)


def stats_chart(lang: str, stats: Stats) -> bytes:
    """A bar chart of the applications per stage, as a PNG."""
    stages = [s for s, c in stats.per_stage.items() if c]
    labels = [render(lang, Text(f"stage.{s.value}")) for s in stages]
    counts = [stats.per_stage[s] for s in stages]
    figure: Figure = plt.figure(figsize=(7, 4), dpi=100)
    try:
        axes = figure.add_subplot()
        bars = axes.barh(labels[::-1], counts[::-1], color="#3b7dd8")
        axes.bar_label(bars, padding=3)
        axes.set_xlabel(render(lang, Text("stats.chart_x")))
        axes.set_title(render(lang, Text("stats.chart_title")))
        axes.xaxis.set_major_locator(MaxNLocator(integer=True))
        figure.tight_layout()
        buffer = io.BytesIO()
        figure.savefig(buffer, format="png")
        return buffer.getvalue()
    finally:
        plt.close(figure)


def compute(apps: list[Application]) -> Stats:
    return compute_stats([facts_of(a) for a in apps])
