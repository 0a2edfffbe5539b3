import sys, glob
from consilium.orchestration.privacy import learned
from consilium.orchestration.privacy.deid import Deidentifier
P = "Admitted 02/08/2025 with fever. "
probes = [("Dr Patel restarted Movicol, two sachets daily.", "Movicol"), (P + "the insula (island of Reil) was spared", "Reil"),
          (P + "Protocol ECOG-ACRIN EA-19-123 consent signed.", "EA-19-123"), ("Lives alone in Sheffield S10.", "S10"),
          ("Οξύ Έμφραγμα του Μυοκαρδίου, 2019", "Μυοκαρδίου"),
          ("டாக்டர் முத்துலட்சுமி ரெட்டி மகப்பேறு நிதியுதவித் திட்டம் பரிந்துரை", "மகப்பேறு")]
for d in sys.argv[1:]:
    m = learned.TokenModel(f"{d}/without-heldout29.crfsuite") if d != "shipped" else learned.current()
    bad = []
    with learned.using(m):
        for t, w in probes:
            if w not in Deidentifier(seed="v").deidentify(t): bad.append(w)
    print(d.split("/")[-1], bad)
