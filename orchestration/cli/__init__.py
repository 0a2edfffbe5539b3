"""The ``consilium`` command line: :mod:`.main` (review, show, models, ui, bench), :mod:`.evaluate` (replay, report, scenario, playback), :mod:`.distributed` (worker, replay over Redis)."""
