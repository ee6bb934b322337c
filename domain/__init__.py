"""The domain: the model of one checked workbook and the figures per subject - no files, no display text.

Built from the workbook parsed once by the checks (:class:`schemas.TypedWorkbook`):

* :mod:`.model` - :class:`~domain.model.Overview`, the typed frames every figure starts from;
* :mod:`.labels` - names and natural order of priorities, goals and parties;
* :mod:`.search` - which actions match a filter;
* :mod:`.status` - the status mix per round, priority and goal, and what moved between rounds;
* :mod:`.parties` - the responsibility matrix and one party's share;
* :mod:`.timeline` - each action on a time axis;
* :mod:`.budget` - the budget lines, never adding a part to its whole.

The views (:mod:`views`) turn these figures into what a page or the appendix shows, in Dutch.
"""
