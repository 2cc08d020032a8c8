"""What the reading loop knows of an instrument word: its story and its sentence.

:func:`~diplonews.agreements._extract.extract_agreements` reads a story's instrument words
one by one, and each step that settles a word's mention (what its context corrects, what it
refers back to, which sides the story tells) asks the same facts about it. They come in two
lifetimes: the story's, fixed for the whole loop (:class:`StoryContext`), and the word's in
its sentence (:class:`WordInSentence`). The loop's running state (the records held, the
sentence of a consent, whether the first deal was a company's) is not here: it changes as
the loop goes, and the loop passes it on by name.
"""

from __future__ import annotations

import attrs

from diplonews import _regex as re
from diplonews.agreements._story import BodyStory, StoryStates
from diplonews.models import Article
from diplonews.text import BodyMentions, Sentence
from diplonews.text.countries import CountryMention

__all__ = ["StoryContext", "WordInSentence"]


@attrs.frozen
class StoryContext:
    """The story as every instrument word of it is read: built once per article.

    Frozen, as no step may change what the story is; the states and the body's meeting are
    themselves counted or read on first use (:class:`StoryStates`, :class:`BodyStory`).

    Attributes:
        article: The article, on its story's day (:func:`~diplonews.text._dateline.on_story_date`).
        sentences: Its sentences, list items split out (:func:`split_items`).
        found: Its body's country mentions.
        states: The states it names most, counted once.
        body_story: Whether it reports a meeting of a group's body.
    """

    article: Article
    sentences: tuple[Sentence, ...]
    found: BodyMentions
    states: StoryStates
    body_story: BodyStory


@attrs.frozen
class WordInSentence:
    """One instrument word in its sentence, in its story: built per word read.

    Frozen, as the steps correct the word's :class:`Mention`, never where the word stands.
    The sentence's facts (``index``, ``sentence``, ``mentions``, ``dateline_end``) are the
    same for every word of the sentence; ``head`` is the word's own.

    Attributes:
        story: The story the sentence is in.
        index: The sentence's place in ``story.sentences``.
        sentence: The sentence.
        mentions: The sentence's country mentions, at offsets in its text.
        dateline_end: Where a wire dateline opening the sentence ends (0 if none).
        head: The instrument word's match in the sentence's text.
        replaced: A replacing verb's match just before the word ("replaced an accord of",
            ``REPLACED``), sought once for the word; ``None`` if there is none.
    """

    story: StoryContext
    index: int
    sentence: Sentence
    mentions: tuple[CountryMention, ...]
    dateline_end: int
    head: re.Match[str]
    replaced: re.Match[str] | None

    @property
    def text(self) -> str:
        """The sentence's text."""
        return self.sentence.text
