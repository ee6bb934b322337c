"""How wide a word is in the appendix's tables, so that a column can be made wide enough for its longest word.

Word lays the document out in Arial, LibreOffice in Arial or a font that stands in for it (Liberation Sans when
installed, else DejaVu Sans). The widths below are DejaVu Sans's advance widths (regular and bold, in thousandths
of the font size): the widest of those fonts (about 12 % wider than Arial), so a word measured here fits in Word
and in LibreOffice alike. A character not in the table counts as the widest one.

Where a line may break: at spaces, and after a hyphen (``mbo-scholen``) or a slash (``VNO-NCW/MKB-Nederland``,
a web address). A column is wide enough when its longest
unbreakable piece fits, with the cell's margins (:func:`fit_columns`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache

_CHARS = "".join(map(chr, range(32, 384))) + "‐‑‒–—―‘’‚“”„•…€′″"  # Latin-1, Latin Extended-A, punctuation
_REGULAR = (
    "0318040104600838063609500780027503900390050008380318036103180337063606360636063606360636063606360636"
    "0636033703370838083808380531100006840686069807700632057507750752029502950656055708630748078706030787"
    "0695063506110732068409890685061106850390033703900838050005000613063505500635061503520635063402780278"
    "0579027809740634061206350635041105210392063405920818059205920525063603370636083806000600060006000600"
    "0600060006000600060006000600060006000600060006000600060006000600060006000600060006000600060006000600"
    "0600060006000318040106360636063606360337050005001000047106120838036110000500050008380401040105000636"
    "0636031805000401047106120969096909690531068406840684068406840684097406980632063206320632029502950295"
    "0295077507480787078707870787078708380787073207320732073206110605063006130613061306130613061309820550"
    "0615061506150615027802780278027806120634061206120612061206120838061206340634063406340592063505920684"
    "0613068406130684061306980550069805500698055006980550077006350775063506320615063206150632061506320615"
    "0632061507750635077506350775063507750635075206340916069502950278029502780295027802950278029502780590"
    "0556029502780656057905790557027805570278055703750557034205620284074806340748063407480634081307480634"
    "0787061207870612078706121070102306950411069504110695041106350521063505210635052106350521061103920611"
    "0392061103920732063407320634073206340732063407320634073206340989081806110592061106850525068505250685"
    "0525035203610361063605001000100003180318031805180518051805901000063602270374"
)
_BOLD = (
    "0348045605210838069610020872030604570457052308380380041503800365069606960696069606960696069606960696"
    "0696040004000838083808380580100007740762073408300683068308210837037203720775063709950837085007330850"
    "0770072006820812077411030771072407250457036504570838050005000675071605930716067804350716071203430343"
    "0665034310420712068707160716049305950478071206520924064506520582071203650712083806000600060006000600"
    "0600060006000600060006000600060006000600060006000600060006000600060006000600060006000600060006000600"
    "0600060006000348045606960696063606960365050005001000056406460838041510000500050008380438043805000736"
    "0636038005000438056406461035103510350580077407740774077407740774108507340683068306830683037203720372"
    "0372083808370850085008500850085008380850081208120812081207240738071906750675067506750675067510480593"
    "0678067806780678034303430343034306870712068706870687068706870838068707120712071207120652071606520774"
    "0675077406750774067507340593073405930734059307340593083007160838071606830678068306780683067806830678"
    "0683067808210716082107160821071608210716083707120974079003720343037203430372034303720343037203430744"
    "0686037203430775066506650637034306370343063704800637055706420371083707120837071208370712098308370712"
    "0850068708500687085006871167109407700493077004930770049307200595072005950720059507200595068204780682"
    "0478068204780812071208120712081207120812071208120712081207121103092407240652072407250582072505820725"
    "0582043504150415069605001000100003800380038006570657065706391000069602640447"
)
MM_PER_PT = 25.4 / 72
#: Left and right cell margins (Word's default 0,19 cm each) plus the borders and a little room.
CELL_PADDING_MM = 2 * 1.9 + 1.2
_PIECES = re.compile(r"[^\s/-]*[/-]|[^\s/-]+")


@cache
def _table(bold: bool) -> dict[str, int]:
    digits = _BOLD if bold else _REGULAR
    return {char: int(digits[4 * i : 4 * i + 4]) for i, char in enumerate(_CHARS)}


def text_width_mm(text: str, size_pt: float, bold: bool = False) -> float:
    """The width of ``text`` on one line at ``size_pt``, in millimetres."""
    table = _table(bold)
    widest = max(table.values())
    return sum(table.get(char, widest) for char in text) * size_pt / 1000 * MM_PER_PT


def pieces(text: str) -> list[str]:
    """The parts of ``text`` a line never breaks inside: words, split after each hyphen and slash."""
    return _PIECES.findall(text)


def longest_piece_mm(texts: Iterable[str], size_pt: float, bold: bool = False, whole_words: bool = False) -> float:
    """The widest unbreakable piece of any of ``texts``, in millimetres (0 for no text).

    ``whole_words``: a word counts whole, also when it has a hyphen (a column header reads better unbroken).
    """
    split = str.split if whole_words else pieces
    distinct = {piece for text in texts for piece in split(text)}  # words repeat a lot: each is measured once
    return max((text_width_mm(piece, size_pt, bold) for piece in distinct), default=0.0)


def fit_columns(
    widths_mm: Sequence[float], needs_mm: Sequence[float], flexible: Sequence[int], max_share: float = 0.45
) -> tuple[float, ...]:
    """Column widths that add up to the same total, each at least what its longest word needs where possible.

    A column that is too narrow (``needs_mm``, cell margins included) grows, up to ``max_share`` of the total;
    the room comes from the ``flexible`` columns (long running text), in proportion to what they can spare.
    """
    total = sum(widths_mm)
    cap = total * max_share
    widths = [max(w, min(need, cap)) for w, need in zip(widths_mm, needs_mm)]
    excess = sum(widths) - total
    if excess <= 0:
        return tuple(widths)
    spare = {i: max(0.0, widths[i] - max(needs_mm[i], 0.0)) for i in flexible}
    room = sum(spare.values())
    if room <= 0:
        scale = total / sum(widths)
        return tuple(w * scale for w in widths)
    take = min(excess, room)
    for i, can in spare.items():
        widths[i] -= take * can / room
    if excess > take:  # not enough to spare: every column gives in proportion
        scale = total / sum(widths)
        widths = [w * scale for w in widths]
    return tuple(widths)
