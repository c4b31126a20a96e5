"""The gradient check's verdict and usual causes as text in the current language.

``translated`` renders a ``core.phrase`` verdict or hint; ``causes_html`` writes the
"Usual causes" tab: the hints with their evidence, then the other usual causes. Its
strings keep the ``GradCheckDiagnosisWidget`` context of the widget that shows them.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from core.gradcheck_hints import Diagnosis
from core.phrase import render


def translated(text: str) -> str:
    """A verdict or hint of ``core.gradcheck_hints`` in the current language."""
    return render(text, QCoreApplication.translate)


def causes_html(diagnosis: Diagnosis | None) -> str:
    """The hints with their evidence, then the other usual causes, as a small HTML text."""
    if diagnosis is None:
        return QCoreApplication.translate(
            "GradCheckDiagnosisWidget",
            "Run a check: when it fails, what usually causes it is listed here.",
        )
    if diagnosis.passed is not False:
        return html.escape(translated(diagnosis.verdict))
    parts = []
    if diagnosis.hints:
        heading = QCoreApplication.translate(
            "GradCheckDiagnosisWidget", "What this check's numbers point to"
        )
        parts.append(f"<b>{html.escape(heading)}</b><ul>")
        for hint in diagnosis.hints:
            text, evidence = (
                html.escape(translated(hint.text)),
                html.escape(translated(hint.evidence)),
            )
            seen = html.escape(
                QCoreApplication.translate("GradCheckDiagnosisWidget", "Seen here: {evidence}")
            ).replace("{evidence}", evidence)
            parts.append(f"<li>{text}<br><i>{seen}</i></li>")
        parts.append("</ul>")
    title = (
        QCoreApplication.translate("GradCheckDiagnosisWidget", "Other usual causes")
        if diagnosis.hints
        else QCoreApplication.translate("GradCheckDiagnosisWidget", "Usual causes")
    )
    parts.append(f"<b>{html.escape(title)}</b><ul>")
    parts += [f"<li>{html.escape(translated(hint.text))}</li>" for hint in diagnosis.other_causes]
    parts.append("</ul>")
    return "".join(parts)
