cd /work/main
for g in heldout26,heldout27,heldout28,heldout29,heldout30,heldout35,heldout36 heldout31,heldout32,heldout33,heldout34,heldout35,heldout36; do
  .venv/bin/python -m consilium.orchestration.privacy.learned_train cross $g
done
