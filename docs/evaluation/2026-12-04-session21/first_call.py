"""Seconds from process start to the first embedded model call of `consilium review CASE` (then exits)."""
import os, sys, time
T0 = float(os.environ["T0"])
import consilium.orchestration.models.batched as B
import consilium.orchestration.models.chat as C
def stamp(orig):
    def complete(self, request):
        print(f"FIRST_CALL {time.time() - T0:.3f} s (role {request.role})", flush=True)
        os._exit(0)
    return complete
B.BatchedLlamaModel.complete = stamp(B.BatchedLlamaModel.complete)
C.LlamaCppModel.complete = stamp(C.LlamaCppModel.complete)
from consilium.orchestration.cli.main import main
sys.exit(main(["review", sys.argv[1]]))
