"""The indicators of a goal on the Doelstellingen page: a small chart each (or its sentence), two side by side."""

from __future__ import annotations

from collections.abc import Sequence

import streamlit as st

from views.indicators import IndicatorView

from . import charts, widgets

COLUMNS = 2


def show_indicators(indicators: Sequence[IndicatorView], *, key: str, heading: str = "Indicatoren") -> None:
    """Each indicator as a small chart with its sentence under it; one without a year or number: the sentence.

    Under them, the measurements with their sources (in an expander that is built only when it is opened).
    """
    if not indicators:
        return
    if heading:
        st.markdown(f"**{widgets.text(heading)}**")
    for start in range(0, len(indicators), COLUMNS):
        for column, indicator in zip(st.columns(COLUMNS, gap="medium"), indicators[start : start + COLUMNS]):
            with column:
                if indicator.chartable:
                    widgets.show_chart(
                        charts.indicator_chart(
                            indicator.points,
                            title=indicator.chart_title,
                            description=indicator.chart_description,
                            unit=indicator.unit,
                            baseline=indicator.baseline,
                            baseline_label=indicator.baseline_label,
                            target=indicator.target,
                            target_label=indicator.target_label,
                        ),
                        numbers=indicator.numbers,
                        key=f"{key}-{indicator.indicator_id}",
                    )
                else:
                    st.markdown(f"**{widgets.text(indicator.chart_title)}**")
                    st.caption(widgets.text(indicator.sentence))
    with widgets.lazy_expander("Metingen en bronnen", key=f"{key}-bronnen") as open_:
        if open_:
            for indicator in indicators:
                st.markdown(f"**{widgets.text(indicator.indicator_id)}** {widgets.text(indicator.name)}")
                st.markdown("\n".join(f"- {widgets.text(line)}" for line in indicator.lines))
