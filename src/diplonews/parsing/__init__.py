"""Text parsing: country mentions, time expressions, money, and the record extractors."""
