"""The case: its typed model (:mod:`.model`), the loaders for every supported file format (:mod:`.io`)."""
