"""Input safety and red flags: instruction-like text in the case (injection), and the rule-based red-flag screen that runs before any model."""
