"""Train the reader without the named sets (the probe too) with another encoder window, and measure them (session 39):
python docs/evaluation/2026-12-06-session39/cross_windows.py WINDOW STEP heldout38,heldout39
(WINDOW pieces per window, STEP where the next window starts as a share of the last; the shipped setting is 256 0.5,
measured with `python -m consilium.orchestration.privacy.learned_train cross heldout38,heldout39`). The vectors of
another setting are cached apart (the cache's key holds the window and the version set here)."""
import sys
from consilium.orchestration.privacy import encoder, learned_train
encoder.WINDOW, encoder.STEP, encoder.VERSION = int(sys.argv[1]), float(sys.argv[2]), 100 + int(float(sys.argv[2]) * 100)
sys.exit(learned_train.main(["cross", sys.argv[3]]))
