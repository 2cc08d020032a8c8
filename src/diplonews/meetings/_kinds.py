"""The meeting kinds and statuses as module names, for the code that tests them per trigger.

On Python 3.11 every read of an enum class's member (``MeetingKind.VISIT``) goes through
the interpreter's slow attribute hook, as ``enum.EnumType`` defines ``__getattr__``: the
class's ``__getattribute__`` called as a bound wrapper, then the look-up. The meeting
step's reading of each trigger and the merging of its records read some 300 of them an
article; a module name is read from the module's globals. The members are the same
objects: ``kind is VISIT`` where ``kind is MeetingKind.VISIT``.

>>> VISIT is MeetingKind.VISIT, HELD is MeetingStatus.HELD
(True, True)
"""

from __future__ import annotations

from typing import Final

from diplonews.models import MeetingKind, MeetingStatus

__all__ = ["CALL", "CONFERENCE", "HELD", "MEETING", "PLANNED", "VISIT"]

CALL: Final = MeetingKind.CALL
MEETING: Final = MeetingKind.MEETING
VISIT: Final = MeetingKind.VISIT
CONFERENCE: Final = MeetingKind.CONFERENCE
HELD: Final = MeetingStatus.HELD
PLANNED: Final = MeetingStatus.PLANNED
