"""Words: the general business lexicon, CC-CEDICT and lemmas, linking words to columns."""
