"""Pinyin search keys for a person's name, so `wjh` or `wangjianhua` finds 王建华."""

from __future__ import annotations

from itertools import product


def name_keys(name: str) -> tuple[str, str]:
    """(full pinyin keys, initials keys), each a space-separated list covering every reading of the name.

    Surnames are often heteronyms (单 shan/dan, 曾 zeng/ceng); storing each reading lets any of them match.
    """
    from pypinyin import Style, pinyin

    readings = pinyin(name.strip(), style=Style.NORMAL, heteronym=True, errors=lambda s: [c.lower() for c in s])
    # Bound the combinations: only the first two characters' alternatives are kept, the rest use the first reading.
    choices = [r[:3] if i < 2 else r[:1] for i, r in enumerate(readings)]
    fulls, initials = [], []
    for combo in product(*choices):
        fulls.append("".join(combo))
        initials.append("".join(p[0] for p in combo if p))
    return " ".join(dict.fromkeys(fulls)), " ".join(dict.fromkeys(initials))
